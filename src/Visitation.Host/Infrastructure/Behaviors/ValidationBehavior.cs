using Mediator;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>Refuses an invalid message with every finding at once, before its handler touches anything.</summary>
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IValidatable validatable)
        {
            var errors = validatable.Validate().ToList();
            if (errors.Count > 0) throw new RequestValidationException(errors);
        }
        return next(message, cancellationToken);
    }
}

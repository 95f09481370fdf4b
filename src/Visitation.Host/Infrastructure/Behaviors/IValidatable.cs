using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>A command or query that checks its own fields before its handler runs.</summary>
public interface IValidatable
{
    IEnumerable<ProblemError> Validate();
}

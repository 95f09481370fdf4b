using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Beskeder;

/// <summary>A message in a user's bell in the Studio, delivered from the outbox; read when the user marks it so.</summary>
public sealed class Notification : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The outbox message it was delivered from; unique, so a repeated delivery adds nothing.</summary>
    public Guid MessageId { get; set; }

    public MessageKind Kind { get; set; }

    public required string Subject { get; set; }

    public required string BodyText { get; set; }

    public Guid? SagId { get; set; }

    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

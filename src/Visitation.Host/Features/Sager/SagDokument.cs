using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>A document attached to a case (an underretning's attachment, a report, a statement); bytes stored in the database.</summary>
public sealed class SagDokument : ITenantScoped
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> AllowedContentTypes =
    [
        "application/pdf", "image/png", "image/jpeg", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];

    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    /// <summary>The underretning the document came with, if any.</summary>
    public Guid? UnderretningId { get; set; }

    public required string Titel { get; set; }

    public required string FilNavn { get; set; }

    public required string ContentType { get; set; }

    public long Stoerrelse { get; set; }

    public required byte[] Indhold { get; set; }

    public DateTimeOffset TilfoejetAt { get; set; }

    public required string TilfoejetAf { get; set; }
}

using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

public enum OpfoelgningUdfald
{
    Fortsaet,
    Juster,
    Nedtrap,
    SkiftLeverandoer,
    Afslut,
}

/// <summary>One recorded follow-up on a case's measure: its outcome, notes and progression scores.</summary>
public sealed class RegistreretOpfoelgning : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid? BevillingId { get; set; }

    /// <summary>The flow instance that ran the follow-up; its follow-ups are numbered 1, 2, ...</summary>
    public required string InstanceId { get; set; }

    public int Nummer { get; set; }

    public OpfoelgningUdfald Udfald { get; set; }

    public string? Noter { get; set; }

    /// <summary>Goal attainment, 1-10.</summary>
    public int? Maalopfyldelse { get; set; }

    /// <summary>Outcome Rating Scale (FIT), 0-40.</summary>
    public decimal? Ors { get; set; }

    public DateTimeOffset RegistreretAt { get; set; }

    public required string RegistreretAf { get; set; }
}

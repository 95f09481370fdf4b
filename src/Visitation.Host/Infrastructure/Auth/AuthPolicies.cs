using Microsoft.AspNetCore.Authorization;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>Named authorization policies; every /api endpoint names one.</summary>
public static class AuthPolicies
{
    /// <summary>Any signed-in member of a municipality's staff (not the installation administrator, not a provider's user).</summary>
    public const string MunicipalityUser = nameof(MunicipalityUser);

    /// <summary>May change and publish the municipality's flows.</summary>
    public const string DefinitionEditor = nameof(DefinitionEditor);

    /// <summary>Administers the municipality's users and configuration.</summary>
    public const string KommuneAdministrator = nameof(KommuneAdministrator);

    /// <summary>Keeps the municipality's forums and runs their meetings.</summary>
    public const string ForumAdministrator = nameof(ForumAdministrator);

    /// <summary>Keeps the municipality's offer catalogue.</summary>
    public const string CatalogueEditor = nameof(CatalogueEditor);
    /// <summary>Keeps the municipality's follow-up cadence rules: leaders and administrators.</summary>
    public const string CadenceEditor = nameof(CadenceEditor);

    /// <summary>Handles cases: caseworkers and leaders of a municipality.</summary>
    public const string CaseWorker = nameof(CaseWorker);

    /// <summary>Leads case work: reads audit trails.</summary>
    public const string CaseLeader = nameof(CaseLeader);

    /// <summary>Follows the municipality's commitments: leaders and economy staff.</summary>
    public const string EconomyReader = nameof(EconomyReader);

    /// <summary>Keeps the municipality's budget and imports its actuals: economy staff only.</summary>
    public const string EconomyEditor = nameof(EconomyEditor);
    /// <summary>Reads nøgletal: a Rådgiver its own, a Leder every scope, Økonomi and Administrator the municipality's.</summary>
    public const string KpiReader = nameof(KpiReader);

    /// <summary>Sets the municipality's nøgletal targets.</summary>
    public const string KpiTargetEditor = nameof(KpiTargetEditor);

    /// <summary>A provider's user: sees and answers the provider's own orders only.</summary>
    public const string Provider = nameof(Provider);

    /// <summary>Administers municipalities; sees no case data.</summary>
    public const string InstallationAdministrator = nameof(InstallationAdministrator);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(MunicipalityUser, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.MunicipalityRoles));
        options.AddPolicy(DefinitionEditor, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Procesdesigner, Roles.Administrator));
        options.AddPolicy(KommuneAdministrator, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Administrator));
        options.AddPolicy(ForumAdministrator, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder, Roles.Administrator));
        options.AddPolicy(CatalogueEditor, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder, Roles.Oekonomi, Roles.Administrator));
        options.AddPolicy(CadenceEditor, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder, Roles.Administrator));
        options.AddPolicy(CaseWorker, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Raadgiver, Roles.Leder));
        options.AddPolicy(CaseLeader, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder));
        options.AddPolicy(EconomyReader, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder, Roles.Oekonomi));
        options.AddPolicy(EconomyEditor, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Oekonomi));
        options.AddPolicy(KpiReader, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Raadgiver, Roles.Leder, Roles.Oekonomi, Roles.Administrator));
        options.AddPolicy(KpiTargetEditor, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId)
            .RequireRole(Roles.Leder, Roles.Administrator));
        options.AddPolicy(Provider, p => p.RequireAuthenticatedUser().RequireClaim(VisitationClaims.KommuneId).RequireClaim(VisitationClaims.ProviderId)
            .RequireRole(Roles.Leverandoer));
        options.AddPolicy(InstallationAdministrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.InstallationAdministrator));
    }
}

using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>
/// Publishes the shipped case flows (<c>workflows/*.json</c>, embedded) in every municipality that has none of
/// that id yet, so a municipality's own later versions are never overwritten.
/// </summary>
public sealed class CaseFlowSeeder(VisitationDbContext db, WorkflowTenants workflows)
{
    public static IReadOnlyList<string> FlowJson { get; } = Load();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => k.Id).ToListAsync(cancellationToken);
        foreach (var kommuneId in kommuner) await SeedAsync(kommuneId, cancellationToken);
    }

    /// <summary>The shipped flows for one municipality, e.g. one just added, so its first underretning has a flow to start.</summary>
    public async Task SeedAsync(Guid kommuneId, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(kommuneId.ToString());
        foreach (var json in FlowJson)
        {
            var definition = DefinitionSerializer.Read(json);
            if (await tenant.Db.Definitions.AnyAsync(d => d.TenantId == tenant.TenantId && d.DefinitionId == definition.DefinitionId, cancellationToken)) continue;
            await tenant.Definitions.SaveDraftAsync(definition, "seed", cancellationToken);
            await tenant.Definitions.PublishAsync(definition.DefinitionId, "Leveret med produktet", "seed", cancellationToken: cancellationToken);
        }
    }

    private static List<string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames().Where(n => n.StartsWith("flows/", StringComparison.Ordinal)).Order()
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return reader.ReadToEnd();
            })];
    }
}

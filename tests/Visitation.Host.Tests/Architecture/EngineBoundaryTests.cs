using System.Reflection;
using NetArchTest.Rules;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Tests.Architecture;

/// <summary>
/// The engine's boundary (README, Architecture): the engine knows no web framework and no domain, and only the engine
/// touches its own tables. The second rule is a ratchet: the host types that still reach into the engine's DbContext
/// or records are listed, and no other may start to.
/// </summary>
public sealed class EngineBoundaryTests
{
    static readonly Assembly Engine = typeof(WorkflowRuntime).Assembly;
    static readonly Assembly Activities = typeof(Visitation.Activities.VisitationActivities).Assembly;
    static readonly Assembly Host = typeof(Program).Assembly;

    /// <summary>Host types that read or write the engine's tables directly today; each should move to a query API of the engine.</summary>
    static readonly string[] KnownOffenders =
    [
        "Visitation.Host.Features.Opfoelgning.KadenceResolver",
        "Visitation.Host.Features.Sager.GetSagTidslinje",
        "Visitation.Host.Features.Sager.NaesteSkridt",
        "Visitation.Host.Features.WorkflowDefinitions.DefinitionDocument",
        "Visitation.Host.Features.WorkflowDefinitions.GetDefinition",
        "Visitation.Host.Features.WorkflowInstances.GetActivityStats",
        "Visitation.Host.Features.WorkflowInstances.GetJournal",
        "Visitation.Host.Features.WorkflowInstances.InstanceSummary",
        "Visitation.Host.Features.WorkflowInstances.ListInstances",
        "Visitation.Host.Infrastructure.Behaviors.CommandTransaction",
        "Visitation.Host.Infrastructure.Behaviors.IdempotencyBehavior`2",
        "Visitation.Host.Infrastructure.Persistence.DatabaseStartup",
        "Visitation.Host.Infrastructure.Seeding.CaseFlowSeeder",
                        "Visitation.Host.Infrastructure.Workflows.WorkflowsHostingExtensions",
    ];

    [Fact]
    public void Should_reference_no_web_framework_no_mediator_and_no_domain_project_from_the_engine()
    {
        var referenced = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Mediator", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name is "Visitation.Activities" or "Visitation.Host");
    }

    [Fact]
    public void Should_keep_the_domain_activities_off_the_engine_s_tables()
    {
        var result = Types.InAssembly(Activities).ShouldNot()
            .HaveDependencyOnAny("Visitation.Workflows.Persistence", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore").GetResult();

        var offenders = TopLevelNames(result);
        Assert.True(offenders.Count == 0, $"These activities reach into the engine's persistence, ASP.NET or EF: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Should_let_no_new_host_type_reach_into_the_engine_s_DbContext_or_records()
    {
        var result = Types.InAssembly(Host).That().DoNotResideInNamespace("Visitation.Host.Infrastructure.Persistence.Migrations")
            .ShouldNot().HaveDependencyOnAny("Visitation.Workflows.Persistence.WorkflowDbContext", "Visitation.Workflows.Persistence.Records",
                "Visitation.Workflows.Persistence.SqliteWorkflowDbContext", "Visitation.Workflows.Persistence.PostgresWorkflowDbContext")
            .GetResult();

        var newcomers = TopLevelNames(result).Except(KnownOffenders).ToList();
        Assert.True(newcomers.Count == 0, $"These types reach into the engine's DbContext or records: {string.Join(", ", newcomers)}");
    }

    /// <summary>The failing types by their outermost declaring type (compiler-generated state machines and nested use-case types fold in).</summary>
    static IReadOnlyList<string> TopLevelNames(TestResult result) =>
        (result.FailingTypes ?? []).Select(t => t.FullName!.Split('+')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
}

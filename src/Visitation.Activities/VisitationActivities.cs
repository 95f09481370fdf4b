using Visitation.Workflows.Descriptors;

namespace Visitation.Activities;

/// <summary>Registers the domain activities (every phase folder) with the engine's registry.</summary>
public static class VisitationActivities
{
    public static ActivityRegistry AddVisitationActivities(this ActivityRegistry registry) =>
        registry.RegisterAssembly(typeof(VisitationActivities).Assembly);
}

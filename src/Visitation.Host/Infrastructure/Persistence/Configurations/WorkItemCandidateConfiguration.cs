using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Opgaver;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class WorkItemCandidateConfiguration : IEntityTypeConfiguration<WorkItemCandidate>
{
    public void Configure(EntityTypeBuilder<WorkItemCandidate> builder)
    {
        builder.ToTable("work_item_candidates");
        builder.HasKey(c => new { c.WorkItemId, c.Kind, c.Value });
        builder.Property(c => c.WorkItemId).HasMaxLength(64);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Value).HasMaxLength(200);
        builder.HasIndex(c => new { c.KommuneId, c.Kind, c.Value });
        // A task's candidates within its municipality: without it the work list scans every candidate of the municipality per task.
        builder.HasIndex(c => new { c.KommuneId, c.WorkItemId });
    }
}

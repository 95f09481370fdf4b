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
    }
}

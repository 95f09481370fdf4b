using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("wf_journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.TenantId).HasMaxLength(64);
        builder.Property(j => j.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(j => j.ActivityId).HasMaxLength(128);
        builder.Property(j => j.ActivityType).HasMaxLength(256);
        builder.Property(j => j.Outcome).HasMaxLength(256);
        builder.Property(j => j.Actor).HasMaxLength(200);
        builder.HasIndex(j => new { j.WorkflowInstanceId, j.Sequence }).IsUnique();
        builder.HasIndex(j => j.Timestamp);
    }
}

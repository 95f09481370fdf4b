using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class TriggerConfiguration : IEntityTypeConfiguration<TriggerRecord>
{
    public void Configure(EntityTypeBuilder<TriggerRecord> builder)
    {
        builder.ToTable("wf_triggers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(64);
        builder.Property(t => t.TenantId).HasMaxLength(64);
        builder.Property(t => t.DefinitionId).HasMaxLength(128);
        builder.Property(t => t.ActivityId).HasMaxLength(128);
        builder.Property(t => t.Kind).HasMaxLength(16);
        builder.Property(t => t.Name).HasMaxLength(256);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Schedule).HasMaxLength(256);
        builder.HasIndex(t => new { t.TenantId, t.Hash });
        builder.HasIndex(t => t.DueAt);
        // The scheduler's per-tenant pass over due Timer/Cron triggers, earliest first.
        builder.HasIndex(t => new { t.TenantId, t.DueAt });
        builder.HasIndex(t => new { t.TenantId, t.DefinitionId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.ToTable("wf_outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(64);
        builder.Property(o => o.TenantId).HasMaxLength(64);
        builder.Property(o => o.Type).HasMaxLength(256);
        builder.Property(o => o.DeduplicationKey).HasMaxLength(256);
        builder.Property(o => o.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(o => o.CorrelationId).HasMaxLength(128);
        builder.HasIndex(o => o.DeduplicationKey).IsUnique();
        builder.HasIndex(o => new { o.DeliveredAt, o.CreatedAt });
    }
}

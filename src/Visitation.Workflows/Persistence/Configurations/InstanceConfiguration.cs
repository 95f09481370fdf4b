using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class InstanceConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("wf_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(64);
        builder.Property(i => i.TenantId).HasMaxLength(64);
        builder.Property(i => i.DefinitionId).HasMaxLength(128);
        builder.Property(i => i.CorrelationId).HasMaxLength(128);
        builder.Property(i => i.ParentInstanceId).HasMaxLength(64);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.TenantId, i.DefinitionId, i.Status });
        builder.HasIndex(i => new { i.TenantId, i.CorrelationId });
        builder.HasIndex(i => new { i.Status, i.FinishedAt });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("wf_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TenantId).HasMaxLength(64);
        builder.Property(i => i.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(i => i.Kind).HasMaxLength(32);
        builder.Property(i => i.ActivityId).HasMaxLength(128);
        builder.Property(i => i.ActivityType).HasMaxLength(256);
        builder.Property(i => i.ExceptionType).HasMaxLength(256);
        builder.HasIndex(i => new { i.TenantId, i.At });
        builder.HasIndex(i => i.WorkflowInstanceId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("wf_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(64);
        builder.Property(b => b.TenantId).HasMaxLength(64);
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(b => b.Name).HasMaxLength(256);
        builder.Property(b => b.Hash).HasMaxLength(64);
        builder.Property(b => b.ActivityId).HasMaxLength(128);
        builder.Property(b => b.ActivityInstanceId).HasMaxLength(64);
        builder.Property(b => b.CorrelationId).HasMaxLength(128);
        builder.Property(b => b.CallbackMethodName).HasMaxLength(128);
        builder.HasIndex(b => new { b.TenantId, b.Hash });
        builder.HasIndex(b => b.WorkflowInstanceId);
        builder.HasIndex(b => b.DueAt);
        // The scheduler's per-tenant pass (due timers, earliest first) is one range seek, however many bookmarks wait.
        builder.HasIndex(b => new { b.TenantId, b.DueAt });
    }
}

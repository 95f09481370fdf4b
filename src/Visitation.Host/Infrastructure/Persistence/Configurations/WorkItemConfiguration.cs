using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Opgaver;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasMaxLength(64);
        builder.Property(w => w.BookmarkId).HasMaxLength(64).IsRequired();
        builder.HasIndex(w => w.BookmarkId).IsUnique();
        builder.Property(w => w.InstanceId).HasMaxLength(64).IsRequired();
        builder.Property(w => w.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(w => w.CaseId).HasMaxLength(200);
        builder.Property(w => w.Title).HasMaxLength(500).IsRequired();
        builder.Property(w => w.Assignee).HasMaxLength(200);
        builder.Property(w => w.CompletedBy).HasMaxLength(200);
        builder.Property(w => w.CompletedAction).HasMaxLength(200);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.Ignore(w => w.IsOpen);
        builder.HasMany(w => w.Candidates).WithOne().HasForeignKey(c => c.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.KommuneId, w.Status, w.DueAt });
        builder.HasIndex(w => new { w.KommuneId, w.Assignee, w.Status });
        builder.HasIndex(w => new { w.KommuneId, w.CaseId });
        builder.HasIndex(w => w.InstanceId);
        builder.HasIndex(w => new { w.KommuneId, w.ActivityId, w.CreatedAt });
        builder.HasIndex(w => new { w.KommuneId, w.ActivityId, w.CompletedAt });
        builder.HasOne<Kommune>().WithMany().HasForeignKey(w => w.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Opgaver;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class WorkItemEventConfiguration : IEntityTypeConfiguration<WorkItemEvent>
{
    public void Configure(EntityTypeBuilder<WorkItemEvent> builder)
    {
        builder.ToTable("work_item_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.WorkItemId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Assignee).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.WorkItemId, e.Id });
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(e => e.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

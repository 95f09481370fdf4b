using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class RecurringJobConfiguration : IEntityTypeConfiguration<RecurringJobRecord>
{
    public void Configure(EntityTypeBuilder<RecurringJobRecord> builder)
    {
        builder.ToTable("wf_recurring_jobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(128);
        builder.Property(j => j.Cron).HasMaxLength(128);
        builder.Property(j => j.LastResult).HasMaxLength(2000);
        builder.HasIndex(j => j.DueAt);
    }
}

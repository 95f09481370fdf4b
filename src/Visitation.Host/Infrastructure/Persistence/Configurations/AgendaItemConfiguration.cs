using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Moeder;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("agenda_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.IndstillingReference).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Rationale).HasMaxLength(8000);
        builder.Property(i => i.Change).HasMaxLength(4000);
        builder.Property(i => i.ChangedQuantity).HasPrecision(18, 4);
        builder.Property(i => i.Investigate).HasMaxLength(4000);
        builder.Property(i => i.FollowUpCadence).HasMaxLength(16);
        builder.Property(i => i.DecidedBy).HasMaxLength(200);
        builder.Ignore(i => i.IndstillingId);
        builder.HasIndex(i => new { i.MeetingId, i.Position }).IsUnique();
        builder.HasIndex(i => i.IndstillingReference);
        builder.HasIndex(i => i.CaseId);
        builder.HasIndex(i => i.KommuneId);
        // Meetings' item counts under the tenant filter: looked up by meeting, not by municipality.
        builder.HasIndex(i => new { i.KommuneId, i.MeetingId });
        builder.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

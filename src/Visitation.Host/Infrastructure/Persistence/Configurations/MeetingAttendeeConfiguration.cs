using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Moeder;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.ToTable("meeting_attendees");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Name).HasMaxLength(MeetingAttendance.MaxText);
        builder.Property(a => a.Role).HasMaxLength(MeetingAttendance.MaxText);
        builder.HasIndex(a => new { a.MeetingId, a.Position }).IsUnique();
        builder.HasIndex(a => a.KommuneId);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

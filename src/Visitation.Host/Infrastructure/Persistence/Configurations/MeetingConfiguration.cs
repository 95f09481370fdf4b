using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Moeder;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.MinutesApprovedBy).HasMaxLength(200);
        builder.Property(m => m.AttendanceRecordedBy).HasMaxLength(200);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // One meeting per forum and start: generating the same occurrence twice stores it once.
        builder.HasIndex(m => new { m.ForumId, m.StartsAt }).IsUnique();
        builder.HasIndex(m => m.KommuneId);
        builder.HasOne<Forum>().WithMany().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Beskeder;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Subject).HasMaxLength(500).IsRequired();
        builder.Property(n => n.BodyText).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasIndex(n => n.MessageId).IsUnique();
        builder.HasIndex(n => new { n.KommuneId, n.UserId, n.ReadAt, n.CreatedAt });
    }
}

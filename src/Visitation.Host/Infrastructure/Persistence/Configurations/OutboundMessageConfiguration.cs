using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Beskeder;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("outbound_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.DedupKey).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.RecipientAddress).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        builder.Property(m => m.BodyText).IsRequired();
        builder.Property(m => m.Link).HasMaxLength(500);
        builder.Property(m => m.AttachmentName).HasMaxLength(200);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.KommuneId, m.Status });
    }
}

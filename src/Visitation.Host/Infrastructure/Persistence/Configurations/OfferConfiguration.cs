using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Type).HasMaxLength(64).IsRequired();
        builder.Property(o => o.TargetGroup).HasMaxLength(200);
        builder.Property(o => o.LegalBasis).HasMaxLength(100).IsRequired();
        builder.Property(o => o.PriceUnit).HasMaxLength(32).IsRequired();
        builder.Property(o => o.Provision).HasMaxLength(16).IsRequired();
        builder.Property(o => o.Financing).HasMaxLength(16).IsRequired();
        builder.Property(o => o.Location).HasMaxLength(200);
        builder.Property(o => o.PlacementForm).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.KommuneId, o.Type });
        builder.HasOne<Provider>().WithMany().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Matchning;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class MatchningBudConfiguration : IEntityTypeConfiguration<MatchningBud>
{
    public void Configure(EntityTypeBuilder<MatchningBud> builder)
    {
        builder.ToTable("matchning_bud");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Bemaerkning).HasMaxLength(2000);
        builder.Property(b => b.RegistreretAf).HasMaxLength(200).IsRequired();
        // One answer per offer and matching, also when two people record one at the same moment.
        builder.HasIndex(b => new { b.MatchningId, b.OfferId }).IsUnique();
        builder.HasOne<Matchning>().WithMany().HasForeignKey(b => b.MatchningId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Offer>().WithMany().HasForeignKey(b => b.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}

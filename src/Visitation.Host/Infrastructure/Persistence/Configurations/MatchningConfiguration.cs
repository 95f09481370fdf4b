using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Matchning;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class MatchningConfiguration : IEntityTypeConfiguration<Matchning>
{
    public void Configure(EntityTypeBuilder<Matchning> builder)
    {
        builder.ToTable("matchninger");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Behov).HasMaxLength(4000);
        builder.Property(m => m.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Maalgruppe).HasMaxLength(200);
        builder.Property(m => m.Lovgrundlag).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Omfang).HasPrecision(18, 4);
        builder.Property(m => m.Enhed).HasMaxLength(32).IsRequired();
        builder.Property(m => m.ProviderNavn).HasMaxLength(200);
        builder.Property(m => m.ValgtEnhed).HasMaxLength(32);
        builder.Property(m => m.ValgtMaengde).HasPrecision(18, 4);
        builder.Property(m => m.Begrundelse).HasMaxLength(2000);
        builder.Property(m => m.ValgtAf).HasMaxLength(200);
        builder.Property(m => m.BesluttetAf).HasMaxLength(200);
        builder.Property(m => m.AfvistBegrundelse).HasMaxLength(2000);
        builder.Property(m => m.GodkendelseNiveauKode).HasMaxLength(64);
        builder.Property(m => m.GodkendelseNiveauNavn).HasMaxLength(200);
        builder.Property(m => m.GodkendelseNiveauType).HasMaxLength(20);
        builder.Property(m => m.GodkendelseRegelId).HasMaxLength(100);
        builder.Property(m => m.GodkendelseAarsager).HasMaxLength(200);
        builder.Property(m => m.GodkendtAf).HasMaxLength(200);
        builder.Property(m => m.OprettetAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.SagId);
        builder.HasIndex(m => new { m.KommuneId, m.IndstillingId });
        builder.HasOne<Sag>().WithMany().HasForeignKey(m => m.SagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indstilling>().WithMany().HasForeignKey(m => m.IndstillingId).OnDelete(DeleteBehavior.Restrict);
    }
}

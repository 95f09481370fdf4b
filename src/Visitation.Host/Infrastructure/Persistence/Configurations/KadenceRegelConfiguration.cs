using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Opfoelgning;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class KadenceRegelConfiguration : IEntityTypeConfiguration<KadenceRegel>
{
    public void Configure(EntityTypeBuilder<KadenceRegel> builder)
    {
        builder.ToTable("kadence_regler");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Omfang).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Noegle).HasMaxLength(64).IsRequired();
        builder.Property(r => r.TrinJson).IsRequired();
        builder.Property(r => r.Begrundelse).HasMaxLength(500);
        builder.Property(r => r.AendretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.KommuneId, r.Omfang, r.Noegle }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(r => r.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

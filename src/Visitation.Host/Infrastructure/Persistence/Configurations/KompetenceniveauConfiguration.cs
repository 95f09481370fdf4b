using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Organisation;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class KompetenceniveauConfiguration : IEntityTypeConfiguration<Kompetenceniveau>
{
    public void Configure(EntityTypeBuilder<Kompetenceniveau> builder)
    {
        builder.ToTable("kompetenceniveauer");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Code).HasMaxLength(64).IsRequired();
        builder.Property(l => l.Name).HasMaxLength(100).IsRequired();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(l => new { l.KommuneId, l.Code }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(l => l.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

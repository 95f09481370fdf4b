using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Kompetenceplaner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class KompetenceplanConfiguration : IEntityTypeConfiguration<Kompetenceplan>
{
    public void Configure(EntityTypeBuilder<Kompetenceplan> builder)
    {
        builder.ToTable("kompetenceplaner");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.KommuneId, p.Version }).IsUnique();
        builder.Property(p => p.SavedBy).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Document).IsRequired();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(p => p.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Underretninger;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class UnderretningConfiguration : IEntityTypeConfiguration<Underretning>
{
    public void Configure(EntityTypeBuilder<Underretning> builder)
    {
        builder.ToTable("underretninger");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.UnderretterType).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.UnderretterNavn).HasMaxLength(200);
        builder.Property(u => u.UnderretterOrganisation).HasMaxLength(200);
        builder.Property(u => u.UnderretterKontakt).HasMaxLength(200);
        builder.Property(u => u.Indhold).IsRequired();
        builder.Property(u => u.RegistreretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => u.SagId);
        builder.HasIndex(u => new { u.KommuneId, u.ModtagetAt });
        builder.HasOne<Sag>().WithMany().HasForeignKey(u => u.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

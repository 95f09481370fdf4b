using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Pligter;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class DecisionDutyConfiguration : IEntityTypeConfiguration<DecisionDuty>
{
    public void Configure(EntityTypeBuilder<DecisionDuty> builder)
    {
        builder.ToTable("pligter");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(32).IsRequired();
        builder.Property(d => d.NiveauKode).HasMaxLength(64).IsRequired();
        builder.Property(d => d.NiveauNavn).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ModtagereJson).IsRequired();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.RegelId).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Begrundelse).HasMaxLength(8000);
        builder.Property(d => d.BesvaretAf).HasMaxLength(200);
        builder.Property(d => d.Aarsag).HasMaxLength(4000);
        builder.Property(d => d.BeskedNoegle).HasMaxLength(200);
        builder.Property(d => d.BeskedEmne).HasMaxLength(300);
        builder.HasIndex(d => d.SagId);
        builder.HasIndex(d => d.IndstillingId);
        builder.HasIndex(d => new { d.KommuneId, d.State, d.NiveauKode });
        builder.HasIndex(d => d.BeskedNoegle).IsUnique();
        builder.HasOne<Indstilling>().WithMany().HasForeignKey(d => d.IndstillingId).OnDelete(DeleteBehavior.Restrict);
    }
}

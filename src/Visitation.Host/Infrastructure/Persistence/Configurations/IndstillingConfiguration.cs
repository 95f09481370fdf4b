using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class IndstillingConfiguration : IEntityTypeConfiguration<Indstilling>
{
    public void Configure(EntityTypeBuilder<Indstilling> builder)
    {
        builder.ToTable("indstillinger");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(i => i.IndsatsUndertype).HasMaxLength(64);
        builder.Property(i => i.Lovgrundlag).HasMaxLength(32).IsRequired();
        builder.Property(i => i.Leverandoer).HasMaxLength(200);
        builder.Property(i => i.LeverandoerType).HasMaxLength(16);
        builder.Property(i => i.LeverandoerFinansiering).HasMaxLength(16);
        builder.Property(i => i.Omfang).HasPrecision(18, 4);
        builder.Property(i => i.Enhed).HasMaxLength(32).IsRequired();
        builder.Property(i => i.Opfoelgning).HasMaxLength(16).IsRequired();
        builder.Property(i => i.IndstilletAf).HasMaxLength(200).IsRequired();
        builder.Property(i => i.NiveauKode).HasMaxLength(64);
        builder.Property(i => i.NiveauNavn).HasMaxLength(100);
        builder.Property(i => i.NiveauType).HasMaxLength(16);
        builder.Property(i => i.RegelId).HasMaxLength(100);
        builder.HasIndex(i => i.SagId);
        builder.HasIndex(i => new { i.KommuneId, i.Status, i.NiveauKode });
        // The agenda reads the indstillinger of its cases under the tenant filter: looked up by case, not by municipality.
        builder.HasIndex(i => new { i.KommuneId, i.SagId });
        builder.HasOne<Sag>().WithMany().HasForeignKey(i => i.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AfgoerelseConfiguration : IEntityTypeConfiguration<Afgoerelse>
{
    public void Configure(EntityTypeBuilder<Afgoerelse> builder)
    {
        builder.ToTable("afgoerelser");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Udfald).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.AendretOmfang).HasPrecision(18, 4);
        builder.Property(a => a.NiveauKode).HasMaxLength(64).IsRequired();
        builder.Property(a => a.NiveauNavn).HasMaxLength(100).IsRequired();
        builder.Property(a => a.RegelId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.AfgjortAf).HasMaxLength(200).IsRequired();
        builder.Property(a => a.StedfortraederFor).HasMaxLength(200);
        builder.Property(a => a.OpfoelgningKadence).HasMaxLength(16);
        builder.HasIndex(a => a.SagId);
        builder.HasOne<Indstilling>().WithMany().HasForeignKey(a => a.IndstillingId).OnDelete(DeleteBehavior.Restrict);
    }
}

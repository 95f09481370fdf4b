using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Bestillinger;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class BevillingConfiguration : IEntityTypeConfiguration<Bevilling>
{
    public void Configure(EntityTypeBuilder<Bevilling> builder)
    {
        builder.ToTable("bevillinger");
        builder.HasKey(b => b.Id);
        builder.Ignore(b => b.Line);
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(b => b.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(b => b.IndsatsUndertype).HasMaxLength(64);
        builder.Property(b => b.LeverandoerNavn).HasMaxLength(200);
        builder.Property(b => b.Lovgrundlag).HasMaxLength(100).IsRequired();
        builder.Property(b => b.Omfang).HasPrecision(18, 4);
        builder.Property(b => b.Enhed).HasMaxLength(32).IsRequired();
        builder.Property(b => b.HandlekommuneKode).HasMaxLength(4).IsRequired();
        builder.Property(b => b.BetalingskommuneKode).HasMaxLength(4).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.AfslutningsAarsag).HasMaxLength(2000);
        builder.Property(b => b.BevilgetAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(b => b.SagId);
        builder.HasIndex(b => new { b.KommuneId, b.Status, b.Slut });
        builder.HasOne<Sag>().WithMany().HasForeignKey(b => b.SagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indstilling>().WithMany().HasForeignKey(b => b.IndstillingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(b => b.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BevillingSettingsConfiguration : IEntityTypeConfiguration<BevillingSettings>
{
    public void Configure(EntityTypeBuilder<BevillingSettings> builder)
    {
        builder.ToTable("bevilling_settings");
        builder.HasKey(s => s.KommuneId);
        builder.Property(s => s.ResolverKind).HasMaxLength(16).IsRequired();
        builder.Property(s => s.ResolverId).HasMaxLength(200).IsRequired();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(s => s.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BestillingConfiguration : IEntityTypeConfiguration<Bestilling>
{
    public void Configure(EntityTypeBuilder<Bestilling> builder)
    {
        builder.ToTable("bestillinger");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(64).IsRequired();
        builder.Property(b => b.BookmarkId).HasMaxLength(64).IsRequired();
        builder.Property(b => b.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(b => b.Lovgrundlag).HasMaxLength(100).IsRequired();
        builder.Property(b => b.Omfang).HasPrecision(18, 4);
        builder.Property(b => b.Enhed).HasMaxLength(32).IsRequired();
        builder.Property(b => b.KontaktNavn).HasMaxLength(200).IsRequired();
        builder.Property(b => b.KontaktBrugernavn).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Begrundelse).HasMaxLength(2000);
        builder.Property(b => b.BesvaretAf).HasMaxLength(200);
        builder.HasIndex(b => new { b.KommuneId, b.ProviderId, b.Status });
        builder.HasIndex(b => b.SagId);
        builder.HasOne<Bevilling>().WithMany().HasForeignKey(b => b.BevillingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(b => b.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

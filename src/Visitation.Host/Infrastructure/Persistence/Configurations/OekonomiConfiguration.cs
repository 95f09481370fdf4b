using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("budget_lines");
        builder.HasKey(b => b.Id);
        builder.Ignore(b => b.Beloeb);
        builder.Property(b => b.Politikomraade).HasMaxLength(64).IsRequired();
        builder.Property(b => b.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(b => b.Antal).HasPrecision(18, 2);
        builder.Property(b => b.AendretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(b => new { b.KommuneId, b.Aar, b.IndsatsType }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(b => b.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BudgetLineVersionConfiguration : IEntityTypeConfiguration<BudgetLineVersion>
{
    public void Configure(EntityTypeBuilder<BudgetLineVersion> builder)
    {
        builder.ToTable("budget_line_versions");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Politikomraade).HasMaxLength(64).IsRequired();
        builder.Property(b => b.IndsatsType).HasMaxLength(64).IsRequired();
        builder.Property(b => b.Antal).HasPrecision(18, 2);
        builder.Property(b => b.AendretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(b => new { b.KommuneId, b.Aar, b.AendretAt });
        builder.HasOne<Kommune>().WithMany().HasForeignKey(b => b.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ActualLineConfiguration : IEntityTypeConfiguration<ActualLine>
{
    public void Configure(EntityTypeBuilder<ActualLine> builder)
    {
        builder.ToTable("actual_lines");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.IndsatsType).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.KommuneId, a.Aar, a.Maaned, a.IndsatsType });
        builder.HasIndex(a => a.SagId);
        builder.HasOne<Kommune>().WithMany().HasForeignKey(a => a.KommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sag>().WithMany().HasForeignKey(a => a.SagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActualsImport>().WithMany().HasForeignKey(a => a.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ActualsImportConfiguration : IEntityTypeConfiguration<ActualsImport>
{
    public void Configure(EntityTypeBuilder<ActualsImport> builder)
    {
        builder.ToTable("actuals_imports");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FilNavn).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Maaneder).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.ImporteretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(a => new { a.KommuneId, a.ImporteretAt });
        builder.HasOne<Kommune>().WithMany().HasForeignKey(a => a.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OekonomiSettingsConfiguration : IEntityTypeConfiguration<OekonomiSettings>
{
    public void Configure(EntityTypeBuilder<OekonomiSettings> builder)
    {
        builder.ToTable("oekonomi_settings");
        builder.HasKey(s => s.KommuneId);
        builder.HasOne<Kommune>().WithMany().HasForeignKey(s => s.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ForecastSnapshotConfiguration : IEntityTypeConfiguration<ForecastSnapshot>
{
    public void Configure(EntityTypeBuilder<ForecastSnapshot> builder)
    {
        builder.ToTable("forecast_snapshots");
        builder.HasKey(s => s.Id);
        // The last guard of "once a month": a second node's snapshot of the same month cannot be stored.
        builder.HasIndex(s => new { s.KommuneId, s.Aar, s.Maaned }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(s => s.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Users;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class SagConfiguration : IEntityTypeConfiguration<Sag>
{
    public void Configure(EntityTypeBuilder<Sag> builder)
    {
        builder.ToTable("sager");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Sagsnummer).HasMaxLength(32).IsRequired();
        builder.HasIndex(s => new { s.KommuneId, s.Sagsnummer }).IsUnique();
        builder.Property(s => s.BarnNavn).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Cpr).HasMaxLength(11);
        builder.HasIndex(s => new { s.KommuneId, s.Cpr });
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(s => s.OprettetAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => new { s.KommuneId, s.OprettetAt });
        builder.HasIndex(s => s.SoeskendeGruppeId);
        // Every query of the host carries the municipality (the tenant filter); without these, SQLite answered a
        // caseworker's case list, a case's siblings and a lookup of a list of cases by walking the municipality's cases.
        builder.HasIndex(s => new { s.KommuneId, s.Id });
        builder.HasIndex(s => new { s.KommuneId, s.TovholderId, s.OprettetAt });
        builder.HasIndex(s => new { s.KommuneId, s.SoeskendeGruppeId, s.OprettetAt });
        builder.HasIndex(s => new { s.KommuneId, s.TovholderId, s.Status });
        builder.HasIndex(s => new { s.KommuneId, s.Status, s.TovholderId });
        builder.HasOne<Kommune>().WithMany().HasForeignKey(s => s.KommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.TovholderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.OverdragesTilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Foraeldremyndighed).WithOne().HasForeignKey(h => h.SagId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MyndighedsindehaverConfiguration : IEntityTypeConfiguration<Myndighedsindehaver>
{
    public void Configure(EntityTypeBuilder<Myndighedsindehaver> builder)
    {
        builder.ToTable("sag_myndighedsindehavere");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Navn).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Relation).HasMaxLength(100);
        builder.Property(h => h.Kontakt).HasMaxLength(200);
    }
}

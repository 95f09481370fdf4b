using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Kompetenceplaner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class SimulatorExampleConfiguration : IEntityTypeConfiguration<SimulatorExample>
{
    public void Configure(EntityTypeBuilder<SimulatorExample> builder)
    {
        builder.ToTable("simulator_examples");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.KommuneId, e.SavedAt });
        builder.Property(e => e.Name).HasMaxLength(SaveSimulatorExample.MaxNameLength).IsRequired();
        builder.Property(e => e.Measure).IsRequired();
        builder.Property(e => e.Submitter).HasMaxLength(200);
        builder.Property(e => e.SavedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(e => e.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

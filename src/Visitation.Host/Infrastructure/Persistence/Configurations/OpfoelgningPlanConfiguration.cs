using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Opfoelgning;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class OpfoelgningPlanConfiguration : IEntityTypeConfiguration<OpfoelgningPlan>
{
    public void Configure(EntityTypeBuilder<OpfoelgningPlan> builder)
    {
        builder.ToTable("opfoelgning_planer");
        builder.HasKey(p => p.InstanceId);
        builder.Property(p => p.InstanceId).HasMaxLength(64);
        builder.Property(p => p.IndsatsType).HasMaxLength(64);
        builder.Property(p => p.Kadence).HasMaxLength(32).IsRequired();
        builder.Property(p => p.Kilde).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Forklaring).HasMaxLength(1000).IsRequired();
        builder.HasIndex(p => new { p.KommuneId, p.SagId });
        builder.HasIndex(p => new { p.KommuneId, p.NaesteFrist });
        builder.HasOne<Sag>().WithMany().HasForeignKey(p => p.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Opfoelgning;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class RegistreretOpfoelgningConfiguration : IEntityTypeConfiguration<RegistreretOpfoelgning>
{
    public void Configure(EntityTypeBuilder<RegistreretOpfoelgning> builder)
    {
        builder.ToTable("opfoelgninger");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.InstanceId).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Udfald).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Noter).HasMaxLength(4000);
        builder.Property(o => o.Ors).HasPrecision(4, 1);
        builder.Property(o => o.RegistreretAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(o => new { o.KommuneId, o.SagId });
        builder.HasIndex(o => new { o.InstanceId, o.Nummer });
        builder.HasOne<Sag>().WithMany().HasForeignKey(o => o.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class UndersoegelseConfiguration : IEntityTypeConfiguration<Undersoegelse>
{
    public void Configure(EntityTypeBuilder<Undersoegelse> builder)
    {
        builder.ToTable("undersoegelser");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.SagId).IsUnique();
        builder.HasIndex(u => new { u.KommuneId, u.FristAt });
        builder.Property(u => u.SektionerJson).IsRequired();
        builder.Property(u => u.OpdateretAf).HasMaxLength(200).IsRequired();
        builder.HasOne<Sag>().WithMany().HasForeignKey(u => u.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

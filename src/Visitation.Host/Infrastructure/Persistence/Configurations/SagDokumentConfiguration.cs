using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class SagDokumentConfiguration : IEntityTypeConfiguration<SagDokument>
{
    public void Configure(EntityTypeBuilder<SagDokument> builder)
    {
        builder.ToTable("sag_dokumenter");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Titel).HasMaxLength(200).IsRequired();
        builder.Property(d => d.FilNavn).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.TilfoejetAf).HasMaxLength(200).IsRequired();
        builder.HasIndex(d => d.SagId);
        builder.HasOne<Sag>().WithMany().HasForeignKey(d => d.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

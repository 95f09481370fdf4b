using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Noegletal;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class NoegletalMaalConfiguration : IEntityTypeConfiguration<NoegletalMaal>
{
    public void Configure(EntityTypeBuilder<NoegletalMaal> builder)
    {
        builder.ToTable("noegletal_maal");
        builder.HasKey(m => new { m.KommuneId, m.NoegletalId });
        builder.Property(m => m.NoegletalId).HasMaxLength(80);
        builder.Property(m => m.Maal).HasPrecision(12, 2);
        builder.Property(m => m.SatAf).HasMaxLength(200).IsRequired();
    }
}

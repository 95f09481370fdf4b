using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class KommuneConfiguration : IEntityTypeConfiguration<Kommune>
{
    public void Configure(EntityTypeBuilder<Kommune> builder)
    {
        builder.ToTable("kommuner");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Code).HasMaxLength(4).IsRequired();
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100).IsRequired();
        builder.Property(k => k.TimeZone).HasMaxLength(64).IsRequired();
    }
}

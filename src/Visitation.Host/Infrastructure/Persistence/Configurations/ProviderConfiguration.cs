using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ToTable("providers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Cvr).HasMaxLength(8);
        builder.HasIndex(p => new { p.KommuneId, p.Name }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(p => p.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

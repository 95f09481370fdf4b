using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Organisation;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Code).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => new { t.KommuneId, t.Code }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(t => t.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

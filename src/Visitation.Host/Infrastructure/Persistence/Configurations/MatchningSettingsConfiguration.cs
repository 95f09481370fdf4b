using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Matchning;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class MatchningSettingsConfiguration : IEntityTypeConfiguration<MatchningSettings>
{
    public void Configure(EntityTypeBuilder<MatchningSettings> builder)
    {
        builder.ToTable("matchning_settings");
        builder.HasKey(s => s.KommuneId);
        builder.HasOne<Kommune>().WithOne().HasForeignKey<MatchningSettings>(s => s.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

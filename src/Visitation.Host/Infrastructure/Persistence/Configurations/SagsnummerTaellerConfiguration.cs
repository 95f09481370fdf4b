using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class SagsnummerTaellerConfiguration : IEntityTypeConfiguration<SagsnummerTaeller>
{
    public void Configure(EntityTypeBuilder<SagsnummerTaeller> builder)
    {
        builder.ToTable("sagsnummer_taellere");
        builder.HasKey(t => new { t.KommuneId, t.Aar });
        builder.HasOne<Kommune>().WithMany().HasForeignKey(t => t.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

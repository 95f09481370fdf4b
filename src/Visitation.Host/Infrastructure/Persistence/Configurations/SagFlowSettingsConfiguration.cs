using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class SagFlowSettingsConfiguration : IEntityTypeConfiguration<SagFlowSettings>
{
    public void Configure(EntityTypeBuilder<SagFlowSettings> builder)
    {
        builder.ToTable("sag_flow_settings");
        builder.HasKey(s => s.KommuneId);
        builder.Property(s => s.DefinitionId).HasMaxLength(SaveSagFlowSettings.MaxDefinitionIdLength);
        builder.Property(s => s.AendretAf).HasMaxLength(200);
        builder.HasOne<Kommune>().WithOne().HasForeignKey<SagFlowSettings>(s => s.KommuneId).OnDelete(DeleteBehavior.Cascade);
    }
}

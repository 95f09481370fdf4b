using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Kommuner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class FristOverrideConfiguration : IEntityTypeConfiguration<FristOverride>
{
    public void Configure(EntityTypeBuilder<FristOverride> builder)
    {
        builder.ToTable("frist_overrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.RuleId).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Duration).HasMaxLength(32);
        builder.Property(o => o.Reason).HasMaxLength(500);
        builder.Property(o => o.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(o => o.Spec);
        builder.HasOne<Kommune>().WithMany().HasForeignKey(o => o.KommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.KommuneId, o.RuleId, o.Version }).IsUnique();
    }
}

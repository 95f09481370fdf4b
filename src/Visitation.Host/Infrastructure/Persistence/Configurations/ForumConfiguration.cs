using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Kommuner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.ToTable("forums");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.LevelCode).HasMaxLength(64);
        builder.Property(f => f.Weekday).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.AsyncApproval).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(f => f.Schedule);
        builder.HasIndex(f => f.KommuneId);
        builder.HasOne<Kommune>().WithMany().HasForeignKey(f => f.KommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Users;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class UserAdministrationEntryConfiguration : IEntityTypeConfiguration<UserAdministrationEntry>
{
    public void Configure(EntityTypeBuilder<UserAdministrationEntry> builder)
    {
        builder.ToTable("user_administration_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(500).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => new { e.UserId, e.Id });
    }
}

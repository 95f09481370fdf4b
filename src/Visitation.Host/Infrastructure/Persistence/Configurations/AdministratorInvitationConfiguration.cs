using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class AdministratorInvitationConfiguration : IEntityTypeConfiguration<AdministratorInvitation>
{
    public void Configure(EntityTypeBuilder<AdministratorInvitation> builder)
    {
        builder.ToTable("administrator_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.CreatedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.UserId);
    }
}

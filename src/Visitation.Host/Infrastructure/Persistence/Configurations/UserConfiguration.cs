using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Users;

namespace Visitation.Host.Infrastructure.Persistence.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.UserName).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.PasswordHash).HasMaxLength(500);
        builder.Property(u => u.ExternalSubject).HasMaxLength(200);
        builder.HasIndex(u => new { u.KommuneId, u.ExternalSubject }).IsUnique();
        builder.HasOne<Kommune>().WithMany().HasForeignKey(u => u.KommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.KommuneId);
        builder.Property(u => u.Title).HasMaxLength(200);
        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(u => u.SubstituteId).OnDelete(DeleteBehavior.SetNull);
    }
}

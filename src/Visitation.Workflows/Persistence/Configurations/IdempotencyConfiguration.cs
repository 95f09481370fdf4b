using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("wf_idempotency_keys");
        builder.HasKey(k => new { k.TenantId, k.Scope, k.Key });
        builder.Property(k => k.TenantId).HasMaxLength(64);
        builder.Property(k => k.Scope).HasMaxLength(200);
        builder.Property(k => k.Key).HasMaxLength(200);
        builder.Property(k => k.RequestHash).HasMaxLength(64);
        builder.HasIndex(k => k.CreatedAt);
    }
}

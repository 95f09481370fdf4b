using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence.Configurations;

public sealed class DefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("wf_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(64);
        builder.Property(d => d.TenantId).HasMaxLength(64);
        builder.Property(d => d.DefinitionId).HasMaxLength(128);
        builder.Property(d => d.Name).HasMaxLength(256);
        builder.Property(d => d.PublishNote).HasMaxLength(2000);
        builder.Property(d => d.CreatedBy).HasMaxLength(200);
        builder.Property(d => d.PublishedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.TenantId, d.DefinitionId, d.Version }).IsUnique();
        // Finding the version to start (the published one whose effective date has come, the latest of them) is one
        // index seek read backwards, with no sort, however many versions pile up.
        builder.HasIndex(d => new { d.TenantId, d.DefinitionId, d.State, d.EffectiveFrom, d.Version }).HasDatabaseName("IX_wf_definitions_EffectiveVersion");
    }
}

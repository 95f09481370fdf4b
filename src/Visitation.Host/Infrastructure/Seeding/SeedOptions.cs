namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>Configuration section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed demo municipalities and users with the password "demo". Refused in Production.</summary>
    public bool Demo { get; set; }
}

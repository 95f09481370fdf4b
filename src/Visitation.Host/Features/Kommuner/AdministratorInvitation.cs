using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Visitation.Host.Features.Kommuner;

/// <summary>
/// A one-time invitation for a municipality's first administrator: the installation administrator names the person, and
/// the person sets the password through the link. Only the token's SHA-256 is stored; the token itself is shown once.
/// </summary>
public sealed class AdministratorInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

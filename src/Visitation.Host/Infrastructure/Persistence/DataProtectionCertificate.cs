using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// Encrypts the cookie-signing keys at rest with the installation's certificate (<c>DataProtection:Certificate:Path</c>
/// to a PFX file and its <c>Password</c>), so a copy of the database alone forges no session. Every host of one
/// installation needs the same certificate. Production refuses to start without one.
/// </summary>
public static class DataProtectionCertificate
{
    public const string Section = "DataProtection:Certificate";

    public static void ProtectKeys(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var path = configuration[$"{Section}:Path"];
        if (string.IsNullOrWhiteSpace(path)) return;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:Password"]);
        dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>Checked at start-up, with the other settings Production insists on.</summary>
    public static void RequireInProduction(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[$"{Section}:Path"]))
            throw new InvalidOperationException(
                $"{Section}:Path is not set in the Production environment. The keys that sign session cookies must be encrypted at rest; give a PFX certificate.");
    }
}

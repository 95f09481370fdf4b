using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

/// <summary>The keys that sign session cookies are stored in the database encrypted with the installation's certificate.</summary>
public abstract class KeyEncryptionTests(HostFixture host)
{
    [Fact]
    public async Task Should_store_the_cookie_keys_encrypted_with_the_configured_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("visitation-keys-").FullName;
        var certificateFile = Path.Combine(folder, "data-protection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Visitation Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificateFile, certificate.Export(X509ContentType.Pfx, "hemmelig"));
        }
        var settings = new Dictionary<string, string?>(await host.SeparateDatabaseAsync())
        {
            ["DataProtection:Certificate:Path"] = certificateFile,
            ["DataProtection:Certificate:Password"] = "hemmelig",
        };
        await using var factory = host.CreateFactory(settings);
        using var client = new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

        await client.SignedInAsync("leder@9901");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<VisitationDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("encryptedSecret", key.Xml);
            Assert.DoesNotContain("<masterKey", key.Xml);
        });
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Should_refuse_to_start_in_production_without_a_certificate_for_the_keys()
    {
        var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase()) { ["Seed:Demo"] = "false" }, environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DataProtection:Certificate:Path", failure.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KeyEncryptionTestsOnSqlite(SqliteHostFixture host) : KeyEncryptionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class KeyEncryptionTestsOnPostgres(PostgresHostFixture host) : KeyEncryptionTests(host);

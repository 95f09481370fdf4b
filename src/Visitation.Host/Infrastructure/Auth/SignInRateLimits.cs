using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in: a fixed window per client address (the endpoint's policy) and one per
/// account (checked once the body names the account, so an attacker spread over many addresses is slowed too).
/// Each answers 429 with Retry-After.
/// </summary>
public sealed class SignInRateLimits : IDisposable
{
    public const string ClientPolicy = "sign-in-per-client";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> perAccount;

    public SignInRateLimits(AuthOptions options) =>
        perAccount = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => Limit(options.SignInLimits.PerAccountPerMinute)));

    /// <summary>Takes one attempt on the account; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAccount(string normalisedUserName)
    {
        using var lease = perAccount.AttemptAcquire(normalisedUserName);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
    }

    public static IServiceCollection AddSignInRateLimits(IServiceCollection services, AuthOptions options)
    {
        services.AddSingleton<SignInRateLimits>();
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ClientPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Limit(options.SignInLimits.PerClientPerMinute)));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                return new ValueTask(WriteTooManyAsync(context.HttpContext, retryAfter));
            };
        });
    }

    public static Task WriteTooManyAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ProblemResponses.WriteAsync(http, StatusCodes.Status429TooManyRequests, "auth.tooManyAttempts", seconds);
    }

    private static FixedWindowRateLimiterOptions Limit(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = Window, QueueLimit = 0, AutoReplenishment = true };

    public void Dispose() => perAccount.Dispose();
}

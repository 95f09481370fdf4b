using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// A browser-like caller: keeps the session cookie, and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on
/// state-changing requests, as the Studio does.
/// </summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public string? XsrfToken { get; private set; }

    /// <summary>Leave the antiforgery header off, to prove the host refuses such requests.</summary>
    public bool SendXsrfHeader { get; set; } = true;

    public async Task<HttpResponseMessage> LoginAsync(string username, string password = "demo")
    {
        var response = await SendAsync(HttpMethod.Post, "/api/auth/login", new { username, password });
        return response;
    }

    public async Task<ApiClient> SignedInAsync(string username, string password = "demo")
    {
        var response = await LoginAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        return SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (SendXsrfHeader && XsrfToken is not null && request.Method != HttpMethod.Get) request.Headers.Add("X-XSRF-TOKEN", XsrfToken);
        var response = await Http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies.Where(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)))
                XsrfToken = WebUtility.UrlDecode(cookie["XSRF-TOKEN=".Length..].Split(';')[0]);
        return response;
    }

    public async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json.Options)!;
    }

    public void Dispose() => Http.Dispose();
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

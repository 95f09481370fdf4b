using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Opfoelgning;

/// <summary>The follow-up API as leaders and caseworkers call it.</summary>
public static class OpfoelgningApi
{
    public sealed record Trin(string Interval, int? Antal, string? Indtil);

    public sealed record AnvendtKadence(string Kilde, string? Noegle, string Forklaring, List<Trin> Trin, DateOnly Start, int Gennemfoert, DateOnly NaesteDato,
        DateTimeOffset NaesteFrist, string Interval);

    public sealed record Regel(Guid Id, string Omfang, string Noegle, List<Trin> Trin, string Beskrivelse, string? Begrundelse);

    public sealed record RuleList(List<Trin> LovensStandard, List<string> Praecedens, List<Regel> Regler);

    public sealed record Registreret(Guid Id, string InstanceId, Guid? BevillingId, int Nummer, string Udfald, string? Noter, int? Maalopfyldelse, decimal? Ors,
        DateTimeOffset RegistreretAt, string RegistreretAf);

    public sealed record Planlagt(string InstanceId, Guid? BevillingId, string? IndsatsType, DateOnly Start, int Gennemfoert, DateTimeOffset NaesteFrist,
        bool Overskredet, string Kadence, string Kilde, string Forklaring);

    public sealed record CaseFollowUps(DateTimeOffset? NaesteFrist, List<Planlagt> Planlagt, List<Registreret> Opfoelgninger, Regel? SagensKadence);

    public static object Steps(params object[] steps) => new { trin = steps };

    public static async Task<AnvendtKadence> AppliedAsync(this ApiClient client, Guid caseId, string query = "") =>
        await client.ReadAsync<AnvendtKadence>(await client.GetAsync($"/api/cases/{caseId}/follow-up-cadence{query}"));

    public static async Task<Regel> SaveRuleAsync(this ApiClient client, string omfang, string noegle, object body) =>
        await client.ReadAsync<Regel>(await client.SendAsync(HttpMethod.Put, $"/api/follow-up-cadences/{omfang}/{noegle}", body));

    public static async Task<RuleList> RulesAsync(this ApiClient client) =>
        await client.ReadAsync<RuleList>(await client.GetAsync("/api/follow-up-cadences"));

    public static async Task<CaseFollowUps> FollowUpsAsync(this ApiClient client, Guid caseId) =>
        await client.ReadAsync<CaseFollowUps>(await client.GetAsync($"/api/cases/{caseId}/opfoelgninger"));

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

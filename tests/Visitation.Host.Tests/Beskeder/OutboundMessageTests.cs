using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Visitation.Host.Features.Beskeder;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Beskeder;

/// <summary>
/// The outbox delivered to a real SMTP server started in the test process and to the bell in the Studio: a duty's message
/// arrives with its subject and recipient, is retried after the server refuses, becomes a dead letter that an administrator
/// retries, and is delivered once however often or by how many dispatchers the outbox is delivered.
/// </summary>
public abstract class OutboundMessageTests(HostFixture host) : IAsyncLifetime
{
    readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    readonly TestSmtpServer smtp = new();
    IReadOnlyDictionary<string, string?> database = null!;
    WebApplicationFactory<Program> factory = null!;

    public async Task InitializeAsync()
    {
        database = await host.SeparateDatabaseAsync();
        factory = NewHost();
    }

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    WebApplicationFactory<Program> NewHost(int maxAttempts = 3)
    {
        var settings = new Dictionary<string, string?>(database);
        foreach (var (key, value) in smtp.Settings(maxAttempts)) settings[key] = value;
        return host.CreateFactory(settings, clock: clock);
    }

    ApiClient Client(WebApplicationFactory<Program>? on = null) =>
        new((on ?? factory).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

    /// <summary>Gives the demo user an e-mail address and enqueues a duty's message to them, committed like a decision would.</summary>
    async Task<(Guid UserId, string Key)> EnqueueDutyAsync(string userName, string email, WebApplicationFactory<Program>? on = null, string? key = null)
    {
        await using var scope = (on ?? factory).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == userName);
        user.Email = email;
        await db.SaveChangesAsync();
        key ??= $"duty/copy/{Guid.NewGuid():N}";
        var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox>();
        await outbox.EnqueueAsync(db, new DutyMessage(key, user.KommuneId!.Value, [user.Id], "Kopi af afgørelse: sag 2026-0042", "Der er truffet en afgørelse, som du skal have kopi af.", null),
            clock.GetUtcNow(), CancellationToken.None);
        await db.SaveChangesAsync();
        return (user.Id, key);
    }

    async Task<List<OutboundMessage>> MessagesAsync(string key, WebApplicationFactory<Program>? on = null)
    {
        await using var scope = (on ?? factory).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        return await db.OutboundMessages.IgnoreQueryFilters().AsNoTracking().Where(m => m.DedupKey.StartsWith(key)).OrderBy(m => m.DedupKey).ToListAsync();
    }

    Task<int> DispatchAsync(WebApplicationFactory<Program>? on = null) =>
        (on ?? factory).Services.GetRequiredService<MessageDispatcher>().DispatchOnceAsync(CancellationToken.None);

    MessageDispatcher AnotherDispatcher(params IMessageChannel[] channels) => new(factory.Services.GetRequiredService<IServiceScopeFactory>(),
        channels.Length > 0 ? channels : factory.Services.GetServices<IMessageChannel>(), factory.Services.GetRequiredService<MessagingOptions>(), clock,
        factory.Services.GetRequiredService<ILogger<MessageDispatcher>>());

    [Fact]
    public async Task Should_deliver_a_duty_message_by_email_and_to_the_bell_once()
    {
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");

        Assert.Equal(2, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());

        var mail = Assert.Single(smtp.Received);
        Assert.Equal("Kopi af afgørelse: sag 2026-0042", mail.Subject);
        Assert.Equal("leder@demo-nord.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("visitation@demo-nord.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Contains("Der er truffet en afgørelse", mail.TextBody);
        var messages = await MessagesAsync(key);
        Assert.Equal([MessageChannel.Email, MessageChannel.Studio], messages.Select(m => m.Channel));
        Assert.All(messages, m =>
        {
            Assert.Equal(MessageStatus.Delivered, m.Status);
            Assert.Equal(clock.GetUtcNow(), m.DeliveredAt);
            Assert.Equal(1, m.Attempts);
        });

        using var leader = await Client().SignedInAsync("leder@9901");
        var bell = await leader.ReadAsync<JsonElement>(await leader.GetAsync("/api/notifications"));
        Assert.True(bell.GetProperty("unread").GetInt32() >= 1);
        var item = bell.GetProperty("items").EnumerateArray().First(i => i.GetProperty("subject").GetString() == "Kopi af afgørelse: sag 2026-0042");
        var read = await leader.ReadAsync<JsonElement>(await leader.PostAsync($"/api/notifications/{item.GetProperty("id").GetGuid()}/read", null));
        Assert.Equal(bell.GetProperty("unread").GetInt32() - 1, read.GetProperty("unread").GetInt32());

        // Another user of the municipality neither sees nor marks the leader's notification.
        using var caseworker = await Client().SignedInAsync("raadgiver@9901");
        var theirs = await caseworker.ReadAsync<JsonElement>(await caseworker.GetAsync("/api/notifications"));
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == item.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.PostAsync($"/api/notifications/{item.GetProperty("id").GetGuid()}/read", null)).StatusCode);
    }

    [Fact]
    public async Task Should_enqueue_a_message_once_when_the_duty_is_carried_out_again()
    {
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");
        await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example", key: key);

        Assert.Equal(2, (await MessagesAsync(key)).Count);
        await DispatchAsync();
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task Should_retry_with_a_growing_back_off_after_the_server_refuses()
    {
        smtp.RefuseNext = 2;
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");

        await DispatchAsync();
        var email = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.Pending, 1), (email.Status, email.Attempts));
        Assert.Equal(clock.GetUtcNow().AddSeconds(10), email.NextAttemptAt);
        Assert.Contains("refused by the test", email.LastError);

        await DispatchAsync();
        Assert.Equal(1, smtp.Refused);
        clock.Advance(TimeSpan.FromSeconds(10));
        await DispatchAsync();
        email = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.Pending, 2), (email.Status, email.Attempts));
        Assert.Equal(clock.GetUtcNow().AddSeconds(20), email.NextAttemptAt);

        clock.Advance(TimeSpan.FromSeconds(20));
        await DispatchAsync();
        Assert.Single(smtp.Received);
        email = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.Delivered, 3), (email.Status, email.Attempts));
    }

    [Fact]
    public async Task Should_make_a_dead_letter_after_the_last_attempt_which_an_administrator_sees_and_retries()
    {
        smtp.RefuseNext = int.MaxValue;
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await DispatchAsync();
            clock.Advance(TimeSpan.FromHours(1));
        }
        await DispatchAsync();
        var email = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.DeadLetter, 3), (email.Status, email.Attempts));
        Assert.Equal(3, smtp.Refused);
        Assert.Empty(smtp.Received);

        using var caseworker = await Client().SignedInAsync("raadgiver@9901");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/outbound-messages/dead-letters")).StatusCode);
        using var otherAdmin = await Client().SignedInAsync("administrator@9902");
        var theirs = await otherAdmin.ReadAsync<JsonElement>(await otherAdmin.GetAsync("/api/outbound-messages/dead-letters"));
        Assert.DoesNotContain(theirs.EnumerateArray(), d => d.GetProperty("id").GetGuid() == email.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/api/outbound-messages/{email.Id}/retry", null)).StatusCode);

        using var admin = await Client().SignedInAsync("administrator@9901");
        var dead = await admin.ReadAsync<JsonElement>(await admin.GetAsync("/api/outbound-messages/dead-letters"));
        var row = Assert.Single(dead.EnumerateArray(), d => d.GetProperty("id").GetGuid() == email.Id);
        Assert.Equal("Email", row.GetProperty("channel").GetString());
        Assert.Equal(3, row.GetProperty("attempts").GetInt32());
        Assert.Contains("refused by the test", row.GetProperty("lastError").GetString());

        smtp.RefuseNext = 0;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/outbound-messages/{email.Id}/retry", null)).StatusCode);
        await Problem.AssertAsync(await admin.PostAsync($"/api/outbound-messages/{email.Id}/retry", null), HttpStatusCode.Conflict, "message.notDeadLetter");
        await DispatchAsync();
        Assert.Single(smtp.Received);
        Assert.Equal(MessageStatus.Delivered, (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email).Status);
    }

    [Fact]
    public async Task Should_deliver_a_committed_message_once_after_the_host_went_down_before_delivering_it()
    {
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");
        await factory.DisposeAsync();

        var restarted = NewHost();
        await DispatchAsync(restarted);
        await DispatchAsync(restarted);

        Assert.Single(smtp.Received);
        Assert.All(await MessagesAsync(key, restarted), m => Assert.Equal(MessageStatus.Delivered, m.Status));
        factory = restarted;
    }

    [Fact]
    public async Task Should_send_the_same_mail_again_when_a_dispatcher_dies_between_sending_and_marking()
    {
        var (_, key) = await EnqueueDutyAsync("leder@9901", "leder@demo-nord.example");
        var email = factory.Services.GetServices<IMessageChannel>().Single(c => c.Channel == MessageChannel.Email);
        using var killed = new CancellationTokenSource();
        var dying = AnotherDispatcher(new DiesAfterSending(email, killed), new StudioChannel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.DispatchOnceAsync(killed.Token));
        Assert.Single(smtp.Received);
        var held = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.Pending, dying.NodeId), (held.Status, held.ClaimedBy));

        // While the dead node's claim lasts nobody else sends it; after, another node does, as the same mail.
        await DispatchAsync();
        Assert.Single(smtp.Received);
        clock.Advance(TimeSpan.FromMinutes(3));
        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal(2, smtp.Received.Count);
        Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
        var delivered = (await MessagesAsync(key)).Single(m => m.Channel == MessageChannel.Email);
        Assert.Equal((MessageStatus.Delivered, (string?)null), (delivered.Status, delivered.ClaimedBy));
    }

    [Fact]
    public async Task Should_deliver_each_message_once_when_two_dispatchers_deliver_the_same_outbox()
    {
        var keys = new List<string>();
        for (var i = 0; i < 6; i++) keys.Add((await EnqueueDutyAsync(i % 2 == 0 ? "leder@9901" : "raadgiver@9901", $"modtager{i % 2}@demo-nord.example")).Key);
        var first = factory.Services.GetRequiredService<MessageDispatcher>();
        var second = AnotherDispatcher();

        var delivered = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).DispatchOnceAsync(CancellationToken.None))));

        Assert.Equal(12, delivered.Sum());
        Assert.Equal(6, smtp.Received.Count);
        Assert.Equal(6, smtp.Received.Select(m => m.MessageId).Distinct().Count());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var ids = new List<Guid>();
        foreach (var key in keys) ids.AddRange((await MessagesAsync(key)).Select(m => m.Id));
        Assert.Equal(6, await db.Notifications.IgnoreQueryFilters().CountAsync(n => ids.Contains(n.MessageId)));
    }

    [Fact]
    public async Task Should_leave_a_message_out_when_the_callers_transaction_rolls_back()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == "leder@9901");
        var key = $"duty/rolled-back/{Guid.NewGuid():N}";
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<MessageOutbox>().EnqueueAsync(db,
                new DutyMessage(key, user.KommuneId!.Value, [user.Id], "Kopi", "Tekst", null), clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Empty(await MessagesAsync(key));
    }

    [Fact]
    public async Task Should_deliver_a_flows_notify_step_to_the_named_user_and_dead_letter_an_unknown_recipient()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            (await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == "leder@9901")).Email = "leder@demo-nord.example";
            await db.SaveChangesAsync();
        }
        using var designer = await Client().SignedInAsync("procesdesigner@9901");
        var subject = "Ny sag venter " + Guid.NewGuid().ToString("N")[..6];
        var flow = Flows.Flowchart(Flows.NewId("notify"),
            [
                Flows.Activity("start", "Elsa.Start"),
                Flows.Activity("til-leder", "Visitation.Notify", ("recipient", Flows.Literal("String", "leder@9901")),
                    ("subject", Flows.Literal("String", subject)), ("body", Flows.Literal("String", "Se sagen i Visitation."))),
                Flows.Activity("til-ukendt", "Visitation.Notify", ("recipient", Flows.Literal("String", "ingen-saadan-bruger")),
                    ("subject", Flows.Literal("String", subject))),
            ],
            [Flows.Connect("start", "til-leder"), Flows.Connect("til-leder", "til-ukendt")]);
        await designer.ImportAndPublishAsync(flow);
        var started = await designer.ExecuteAsync(flow["definitionId"]!.GetValue<string>(), new { correlationId = $"sag-{Guid.NewGuid():N}" });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Handed over: the engine's own outbox rows are marked delivered in the step's transaction, for its retention.
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            var pending = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM wf_outbox WHERE \"WorkflowInstanceId\" = {0} AND \"Type\" = 'Visitation.Notify' AND \"DeliveredAt\" IS NULL",
                started.InstanceId).SingleAsync();
            var handedOver = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM wf_outbox WHERE \"WorkflowInstanceId\" = {0} AND \"Type\" = 'Visitation.Notify' AND \"DeliveredAt\" IS NOT NULL",
                started.InstanceId).SingleAsync();
            Assert.Equal((0, 2), (pending, handedOver));
        }

        await DispatchAsync();
        await DispatchAsync();

        var mail = Assert.Single(smtp.Received);
        Assert.Equal(subject, mail.Subject);
        Assert.Equal("leder@demo-nord.example", Assert.Single(mail.To.Mailboxes).Address);
        using var leader = await Client().SignedInAsync("leder@9901");
        var bell = await leader.ReadAsync<JsonElement>(await leader.GetAsync("/api/notifications"));
        Assert.Contains(bell.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString() == subject && i.GetProperty("kind").GetString() == "Notify");
        using var admin = await Client().SignedInAsync("administrator@9901");
        var dead = await admin.ReadAsync<JsonElement>(await admin.GetAsync("/api/outbound-messages/dead-letters"));
        var unknown = Assert.Single(dead.EnumerateArray(), d => d.GetProperty("subject").GetString() == subject);
        Assert.Equal("ingen-saadan-bruger", unknown.GetProperty("recipient").GetString());
    }

    /// <summary>Sends, then the node dies before it can mark the message delivered.</summary>
    sealed class DiesAfterSending(IMessageChannel inner, CancellationTokenSource kill) : IMessageChannel
    {
        public MessageChannel Channel => inner.Channel;

        public async Task DeliverAsync(OutboundMessage message, VisitationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
        {
            await inner.DeliverAsync(message, db, now, CancellationToken.None);
            await kill.CancelAsync();
            kill.Token.ThrowIfCancellationRequested();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboundMessageTestsOnSqlite(SqliteHostFixture host) : OutboundMessageTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OutboundMessageTestsOnPostgres(PostgresHostFixture host) : OutboundMessageTests(host);

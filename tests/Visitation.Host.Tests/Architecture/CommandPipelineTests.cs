using System.Text.RegularExpressions;
using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Tests.Architecture;

/// <summary>
/// One command pipeline owns the transaction (docs/decisions.md D15): no use case in <c>Features/</c> opens or commits a
/// transaction of its own, the engine's step hook has one observer (the outbox dispatcher), and a query filter is
/// bypassed only where a comment says why.
/// </summary>
public sealed partial class CommandPipelineTests
{
    /// <summary>
    /// Files in <c>Features/</c> that still call <c>SaveChanges</c>. Inside a command it only flushes (the pipeline commits),
    /// but each should go: the pipeline saves after the handler. Each entry says why it is still here; the list only shrinks.
    /// </summary>
    static readonly Dictionary<string, string> SavingFiles = new()
    {
        ["Audit/AuditTrail.cs"] = "a read inside a command flushes its audit entries with the command's other changes",
        ["Auth/SignIn.cs"] = "signing in owns its commits (IOwnsItsCommits): a wrong password is counted and then refused",
        ["Opgaver/WorkItemEscalationJob.cs"] = "a recurring job, not a command",
        ["Sager/Sagsnummer.cs"] = "numbers a case under a row lock; outside a command (seeding) it takes its own transaction",
        ["Kompetenceplaner/SaveKompetenceplan.cs"] = "the statutory level is flushed before the plan's coverage is checked against the stored levels; also used by seeding",
        ["Moeder/AgendaPlacement.cs"] = "a new meeting is flushed before its items are numbered",
        // The entries below flush before the handler reads back what it wrote (a view, a count, a generated number), or
        // before the flow's step that reads it; each is to be checked and removed where the read does not need it.
        ["Bestillinger/AnswerOrder.cs"] = "flushes before the flow's step reads the answer",
        ["Fora/DeleteForum.cs"] = "to check: flush before the view is read back",
        ["Fora/SaveForum.cs"] = "to check: flush before the view is read back",
        ["Frister/SetFristOverride.cs"] = "maps a refused write (a unique key or a version taken by a concurrent writer) to a 409, so the write is flushed here",
        ["Indstillinger/SaveIndstilling.cs"] = "to check: flush before the view is read back",
        ["Indstillinger/SubmitIndstilling.cs"] = "flushes before the flow's step reads the indstilling",
        ["Kommuner/CreateKommune.cs"] = "to check: flush before the view is read back",
        ["Matchning/ApproveChoice.cs"] = "flushes before the flow's step reads the choice",
        ["Matchning/ChooseOffer.cs"] = "flushes before the flow's step reads the choice",
        ["Matchning/DecideOffer.cs"] = "flushes before the flow's step reads the decision",
        ["Matchning/MatchningSettingsApi.cs"] = "to check: flush before the view is read back",
        ["Matchning/RecordBid.cs"] = "to check: flush before the view is read back",
        ["Matchning/RecordNeed.cs"] = "to check: flush before the view is read back",
        ["Moeder/ApproveItem.cs"] = "flushes before the flow's step reads the decision",
        ["Moeder/DecideItem.cs"] = "flushes before the flow's step reads the decision",
        ["Moeder/DeclareDisqualified.cs"] = "to check: flush before the view is read back",
        ["Moeder/ForumMeetings.cs"] = "stores a listed meeting and, when a concurrent request stored it first, reads theirs; the write is flushed here to see the refusal",
        ["Moeder/MeetingAttendance.cs"] = "to check: flush before the attendance is read back",
        ["Moeder/MeetingItems.cs"] = "to check: flush before the agenda is read back",
        ["Moeder/ReorderAgenda.cs"] = "to check: flush before the agenda is read back",
        ["Opfoelgning/DeleteKadenceRegel.cs"] = "to check: flush before the rules are read back",
        ["Opfoelgning/KadenceWriter.cs"] = "maps a refused write (a unique key or a version taken by a concurrent writer) to a 409, so the write is flushed here",
        ["Opgaver/WorkItemChanges.cs"] = "to check: flush before the task's view is read back",
        ["Organisation/SaveLevel.cs"] = "to check: flush before the view is read back",
        ["Organisation/SaveTeam.cs"] = "to check: flush before the view is read back",
        ["Organisation/SetUserOrganisation.cs"] = "to check: flush before the view is read back",
        ["Sager/RegisterSag.cs"] = "flushes the case before its flow starts and reads it",
        ["Sager/SaveSagFlowSettings.cs"] = "maps a refused write (a unique key or a version taken by a concurrent writer) to a 409, so the write is flushed here",
        ["Tilbud/ImportOffers.cs"] = "maps a refused write (a unique key or a version taken by a concurrent writer) to a 409, so the write is flushed here",
        ["Tilbud/SaveOffer.cs"] = "to check: flush before the view is read back",
        ["Tilbud/SaveProvider.cs"] = "maps a refused write (a unique key or a version taken by a concurrent writer) to a 409, so the write is flushed here",
        ["Underretninger/RegisterUnderretning.cs"] = "flushes the case and underretning before its flow starts and reads them",
        ["Users/NewUser.cs"] = "to check: flush before the view is read back",
        ["Beskeder/MarkNotificationRead.cs"] = "to check: flush before the unread count is read back",
        ["Beskeder/MessageDispatcher.cs"] = "a background dispatcher, not a command: each delivery is marked in its own short transaction",
        ["Beskeder/RetryDeadLetter.cs"] = "to check: flush before the view is read back",
        ["Kommuner/CreateKommuneAdministrator.cs"] = "to check: flush before the view is read back",
        ["Kompetenceplaner/DeleteSimulatorExample.cs"] = "to check: flush before the list is read back",
        ["Kompetenceplaner/SaveSimulatorExample.cs"] = "to check: flush before the count of examples is checked again",
        ["Noegletal/SaveNoegletalMaal.cs"] = "maps a refused write (a target stored by a concurrent writer) to an update, so the write is flushed here",
        ["Oekonomi/ForecastSnapshotJob.cs"] = "a recurring job, not a command; a unique key refuses a second node's snapshot, so the write is flushed here",
        ["Oekonomi/OekonomiSettingsUseCases.cs"] = "to check: flush before the view is read back",
        ["Oekonomi/SaveBudget.cs"] = "to check: flush before the budget and its versions are read back",
        ["Pligter/AnswerDuty.cs"] = "flushes the answer before the decision task's rule and the view read it",
        ["Sager/CorrectSagCpr.cs"] = "to check: flush before the view is read back",
        ["Sager/SagFlow.cs"] = "flushes the case's own flow instance id before the flow's first step, whose effects check it",
        ["Users/UserAdministration.cs"] = "flushes the user's change before its sessions are ended in the same transaction",
    };

    /// <summary>Files that may open or commit a transaction themselves, each with its reason.</summary>
    static readonly Dictionary<string, string> TransactionFiles = new()
    {
        ["Sager/Sagsnummer.cs"] = "numbers a case under a row lock; inside a command it joins the command's transaction, outside one (seeding) it takes its own",
        ["Audit/AuditTrail.cs"] = "a read outside any command (a GET) commits its audit entries in groups through AuditReadCommits",
        ["Audit/AuditEntryInsert.cs"] = "appends a group of read audit entries outside any command (a GET), in one transaction of its own when none is open",
    };

    [Fact]
    public void Should_let_no_use_case_open_or_commit_a_transaction_of_its_own()
    {
        var offenders = FeatureFiles()
            .Where(f => TransactionCall().IsMatch(Code(f.Text)))
            .Select(f => f.Name).Except(TransactionFiles.Keys).ToList();

        Assert.True(offenders.Count == 0, $"These files open or commit a transaction; a command's transaction is the pipeline's: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Should_let_no_new_use_case_call_SaveChanges_and_keep_the_list_of_those_that_do_honest()
    {
        var saving = FeatureFiles().Where(f => SaveCall().IsMatch(Code(f.Text))).Select(f => f.Name).ToHashSet();

        var newcomers = saving.Except(SavingFiles.Keys).Order().ToList();
        var stale = SavingFiles.Keys.Except(saving).Order().ToList();
        Assert.True(newcomers.Count == 0, $"These files call SaveChanges; the pipeline saves after the handler: {string.Join(", ", newcomers)}");
        Assert.True(stale.Count == 0, $"These files no longer call SaveChanges; take them off the list: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Should_say_in_a_comment_why_each_query_filter_is_bypassed()
    {
        var uncommented = new List<string>();
        foreach (var (name, text) in FeatureFiles())
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains("IgnoreQueryFilters(", StringComparison.Ordinal)) continue;
                var previous = i > 0 ? lines[i - 1].Trim() : "";
                var commented = lines[i].Contains("//", StringComparison.Ordinal) || (previous.StartsWith("//", StringComparison.Ordinal) && !previous.StartsWith("///", StringComparison.Ordinal));
                if (!commented) uncommented.Add($"{name}:{i + 1}");
            }
        }

        Assert.True(uncommented.Count == 0, $"A query filter is bypassed without a comment saying why: {string.Join(", ", uncommented)}");
    }

    [Fact]
    public void Should_give_the_engine_s_step_hook_one_observer_the_outbox_dispatcher()
    {
        var observers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStepCommitObserver).IsAssignableFrom(t)).Select(t => t.FullName).ToList();

        Assert.Equal(["Visitation.Host.Infrastructure.Outbox.OutboxDispatcher"], observers);
    }

    [Fact]
    public void Should_mark_every_message_as_a_command_or_a_query()
    {
        var messages = typeof(Program).Assembly.GetTypes().Where(t => typeof(IMessage).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();

        var neither = messages.Where(t => !typeof(IBaseCommand).IsAssignableFrom(t) && !typeof(IBaseQuery).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.True(neither.Count == 0, $"These messages are neither a command nor a query, so the pipeline cannot tell whether to open a transaction: {string.Join(", ", neither)}");
        var owning = messages.Where(t => typeof(IOwnsItsCommits).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.Equal(["Visitation.Host.Features.Auth.SignIn+Command"], owning);
    }

    static IEnumerable<(string Name, string Text)> FeatureFiles()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Visitation.Host", "Features");
        return Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(features, path).Replace('\\', '/'), File.ReadAllText(path)));
    }

    static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Visitation.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("Visitation.sln not found above the test's folder.");
    }

    /// <summary>The code of a file without its comments, so a comment that names a call is no call.</summary>
    static string Code(string text) => Comment().Replace(text, "");

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bSaveChanges(Async)?\(")]
    private static partial Regex SaveCall();

    [GeneratedRegex(@"\bBeginTransaction(Async)?\(|\.CommitAsync\(|\bUseTransaction(Async)?\(|\bCommit\(\)")]
    private static partial Regex TransactionCall();
}

using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>One month the file holds: its lines and total, and what is stored for the month now (which an import replaces).</summary>
public sealed record ActualsMonthView(int Year, int Month, int Lines, decimal Total, int ExistingLines, decimal ExistingTotal);

/// <summary>The preview of a file: what it would import, month by month, and every wrong line. <c>valid</c> is false while a line is wrong.</summary>
public sealed record ActualsPreviewView(bool Valid, int Lines, int Children, decimal Total, IReadOnlyList<ActualsMonthView> Months, IReadOnlyList<ActualsLineError> Errors);

/// <summary>A file that parsed and matched its children to the municipality's cases.</summary>
public sealed record MatchedActuals(IReadOnlyList<(ActualsCsvLine Line, Guid SagId)> Lines, IReadOnlyList<ActualsLineError> Errors, ActualsPreviewView Preview);

/// <summary>The body of a preview and an import: the file's name and its text.</summary>
public interface IActualsFileRequest : IValidatable
{
    string? FileName { get; }

    string? Content { get; }
}

/// <summary>Parses a file of actuals and matches each child's CPR number to a case of the caller's municipality (the newest case of the child).</summary>
public static class ActualsFile
{
    /// <summary>About 50,000 lines of 40 characters.</summary>
    public const int MaxContentLength = 2_000_000;

    public static IEnumerable<ProblemError> Validate(IActualsFileRequest request)
    {
        foreach (var error in FieldRules.Text("/fileName", request.FileName, 200)) yield return error;
        if (string.IsNullOrWhiteSpace(request.Content)) yield return ErrorMessages.Error("/content", "field.required");
        else if (request.Content.Length > MaxContentLength) yield return ErrorMessages.Error("/content", "field.tooLong", MaxContentLength);
    }

    public static async Task<MatchedActuals> MatchAsync(VisitationDbContext db, string content, CancellationToken cancellationToken)
    {
        var (parsed, errors) = ActualsCsv.Parse(content);
        var allErrors = errors.ToList();
        var cprs = parsed.Select(l => l.Cpr.Reveal()).Distinct().ToList();
        var cases = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var chunk in cprs.Chunk(500))
        {
            var found = await db.Sager.AsNoTracking().Where(s => s.Cpr != null && chunk.Contains(s.Cpr))
                .Select(s => new { s.Cpr, s.Id, s.OprettetAt }).ToListAsync(cancellationToken);
            foreach (var sag in found.OrderBy(s => s.OprettetAt)) cases[sag.Cpr!] = sag.Id;
        }
        var matched = new List<(ActualsCsvLine, Guid)>();
        foreach (var line in parsed)
        {
            if (cases.TryGetValue(line.Cpr.Reveal(), out var sagId)) matched.Add((line, sagId));
            else allErrors.Add(ActualsCsv.Error(line.LineNumber, "cpr", "actuals.unknownChild", line.LineNumber));
        }
        allErrors = [.. allErrors.OrderBy(e => e.Line).ThenBy(e => e.Column)];

        var months = parsed.Select(l => (l.Year, l.Month)).Distinct().OrderBy(m => m).ToList();
        var monthViews = new List<ActualsMonthView>();
        foreach (var (year, month) in months)
        {
            var existing = await db.ActualLines.AsNoTracking().Where(a => a.Aar == year && a.Maaned == month)
                .GroupBy(a => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(a => a.BeloebOere) }).SingleOrDefaultAsync(cancellationToken);
            var inMonth = parsed.Where(l => l.Year == year && l.Month == month).ToList();
            monthViews.Add(new ActualsMonthView(year, month, inMonth.Count, inMonth.Sum(l => l.Amount), existing?.Count ?? 0, (existing?.Sum ?? 0) / 100m));
        }
        var preview = new ActualsPreviewView(allErrors.Count == 0, parsed.Count, matched.Select(m => m.Item2).Distinct().Count(), parsed.Sum(l => l.Amount),
            monthViews, allErrors);
        return new MatchedActuals(matched, allErrors, preview);
    }
}

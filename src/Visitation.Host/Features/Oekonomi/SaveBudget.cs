using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// Sets a year's budget: the lines given replace the year's lines. A line whose values changed gets a new version, a
/// line left out is removed; each change leaves a version behind with who made it and when. Lines that did not change
/// keep their version.
/// </summary>
public static class SaveBudget
{
    public const int MaxLines = 200;

    public sealed record LineInput(string? PolicyArea, string? MeasureType, decimal? Count, decimal? AveragePrice);

    public sealed record Command(int Year, IReadOnlyList<LineInput>? Lines) : ICommand<BudgetView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Year is < Economy.FirstYear or > Economy.LastYear) yield return ErrorMessages.Error("/year", "field.outOfRange", Economy.FirstYear, Economy.LastYear);
            if (Lines is null)
            {
                yield return ErrorMessages.Error("/lines", "field.required");
                yield break;
            }
            if (Lines.Count > MaxLines)
            {
                yield return ErrorMessages.Error("/lines", "budget.tooManyLines", MaxLines);
                yield break;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Lines.Count; i++)
            {
                var line = Lines[i];
                var path = $"/lines/{i}";
                if (line is null)
                {
                    yield return ErrorMessages.Error(path, "field.required");
                    continue;
                }
                foreach (var error in FieldRules.OneOf($"{path}/policyArea", line.PolicyArea, Economy.Politikomraader)) yield return error;
                foreach (var error in FieldRules.OneOf($"{path}/measureType", line.MeasureType, MeasureCatalogue.MeasureTypes)) yield return error;
                if (line.MeasureType is { } type && !seen.Add(type)) yield return ErrorMessages.Error($"{path}/measureType", "budget.duplicateMeasureType");
                foreach (var error in ProjectCommitment.Money($"{path}/count", line.Count, Economy.MaxCount)) yield return error;
                foreach (var error in ProjectCommitment.Money($"{path}/averagePrice", line.AveragePrice, Economy.MaxPrice)) yield return error;
            }
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, BudgetView>
    {
        public async ValueTask<BudgetView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var now = clock.GetUtcNow();
            var existing = await db.BudgetLines.Where(b => b.Aar == command.Year).ToDictionaryAsync(b => b.IndsatsType, cancellationToken);
            foreach (var input in command.Lines!)
            {
                var priceOere = Economy.ToOere(input.AveragePrice!.Value);
                var count = input.Count!.Value;
                if (existing.Remove(input.MeasureType!, out var line))
                {
                    if (line.Politikomraade == input.PolicyArea && line.Antal == count && line.GennemsnitsprisOere == priceOere) continue;
                    line.Version++;
                }
                else
                {
                    line = new BudgetLine
                    {
                        Id = Guid.NewGuid(), KommuneId = kommuneId, Aar = command.Year, Politikomraade = input.PolicyArea!, IndsatsType = input.MeasureType!,
                        Version = 1, AendretAf = currentUser.Actor,
                    };
                    db.BudgetLines.Add(line);
                }
                line.Politikomraade = input.PolicyArea!;
                line.Antal = count;
                line.GennemsnitsprisOere = priceOere;
                line.AendretAf = currentUser.Actor;
                line.AendretAt = now;
                db.BudgetLineVersions.Add(VersionOf(line, removed: false));
            }
            foreach (var removed in existing.Values)
            {
                db.BudgetLines.Remove(removed);
                removed.Version++;
                removed.AendretAf = currentUser.Actor;
                removed.AendretAt = now;
                db.BudgetLineVersions.Add(VersionOf(removed, removed: true));
            }
            await db.SaveChangesAsync(cancellationToken);
            return await BudgetViews.ReadAsync(db, command.Year, cancellationToken);
        }

        static BudgetLineVersion VersionOf(BudgetLine line, bool removed) => new()
        {
            KommuneId = line.KommuneId, BudgetLineId = line.Id, Aar = line.Aar, Politikomraade = line.Politikomraade, IndsatsType = line.IndsatsType,
            Version = line.Version, Antal = line.Antal, GennemsnitsprisOere = line.GennemsnitsprisOere, Fjernet = removed, AendretAf = line.AendretAf,
            AendretAt = line.AendretAt,
        };
    }
}

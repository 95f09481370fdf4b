using System.Data.Common;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Noegletal;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.KpiBenchmark;

// The nøgletal of one year for a municipality with 10 years of history against one with 1 year, same inflow per year,
// in the same database, in interleaved rounds (ABBA); the figure is the median of the rounds' time ratios. Then the
// query plans of every statement one computation runs, on the big municipality.
var providers = args.Length > 0 && args[0] is "sqlite" or "postgres" ? [args[0]] : new[] { "sqlite", "postgres" };
var rounds = ReadOption("--rounds", 7);
var bigYears = ReadOption("--years", 10);
var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
var period = NoegletalPeriod.Parse("2026")!;
var ids = NoegletalDefinitions.Catalogue.Select(d => d.Id).ToList();

foreach (var provider in providers)
{
    var (open, cleanup) = await OpenAsync(provider);
    VisitationDbContext options(CommandLog? log = null) => open(log);
    try
    {
        await using (var db = options()) await db.Database.MigrateAsync();
        var generator = new Generator(() => open(null), now);
        var watch = Stopwatch.StartNew();
        var big = await generator.MunicipalityAsync("9810", bigYears);
        var small = await generator.MunicipalityAsync("9801", 1);
        Console.WriteLine($"[{provider}] generated {bigYears} + 1 years × {Generator.PerYear} underretninger in {watch.Elapsed.TotalSeconds:0.0} s");

        async Task<double> ComputeAsync(Guid kommuneId, CommandLog? log = null, IReadOnlyCollection<string>? only = null)
        {
            await using var db = options(log);
            db.Caller = Caller(kommuneId);
            var calculator = new NoegletalCalculator(db, new DanishCalendar(), new FixedClock(now));
            var started = Stopwatch.GetTimestamp();
            var results = await calculator.ComputeAsync(period, new ScopedCases { Scope = NoegletalScope.Kommune }, kommuneId, only ?? ids, CancellationToken.None);
            if (results.Count != (only ?? ids).Count) throw new InvalidOperationException("Not every nøgletal was computed.");
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        for (var i = 0; i < 3; i++) { await ComputeAsync(big); await ComputeAsync(small); }
        foreach (var id in ids)
            Console.WriteLine($"[{provider}] {id}: 10 years {await ComputeAsync(big, null, [id]):0.0} ms, 1 year {await ComputeAsync(small, null, [id]):0.0} ms");
        var timed = new CommandLog();
        await ComputeAsync(big, timed);
        foreach (var (sql, ms) in timed.Timings.OrderByDescending(t => t.Ms).Take(5))
            Console.WriteLine($"[{provider}] slowest statement on 10 years: {ms:0.0} ms: {OneLine(sql)}");
        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            double a = 0, b = 0;
            for (var slice = 0; slice < 4; slice++)
            {
                if (slice % 3 == 0) { a += await ComputeAsync(big); b += await ComputeAsync(small); }
                else { b += await ComputeAsync(small); a += await ComputeAsync(big); }
            }
            ratios.Add(a / b);
            Console.WriteLine($"[{provider}] round {round}: 10 years {a / 4:0.0} ms, 1 year {b / 4:0.0} ms, ratio {a / b:0.00}");
        }
        ratios.Sort();
        Console.WriteLine($"[{provider}] FIGURE: nøgletal of 2026 (all {ids.Count}), {bigYears} years of history against 1 year: median ratio {ratios[ratios.Count / 2]:0.00} (goal ≤ 2)");

        var log = new CommandLog();
        await ComputeAsync(big, log);
        await using var explain = options();
        var connection = explain.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var (sql, parameters) in log.Commands)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = (provider == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
            foreach (var (name, value) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }
            Console.WriteLine($"[{provider}] PLAN of: {OneLine(sql)}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                Console.WriteLine("    " + (provider == "sqlite" ? reader.GetString(3) : reader.GetString(0)));
        }
    }
    finally
    {
        await cleanup();
    }
}

static string OneLine(string sql)
{
    var line = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    return line.Length > 400 ? line[..400] + " …" : line;
}

int ReadOption(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
}

static CurrentUser Caller(Guid kommuneId) => new(new HttpContextAccessor
{
    HttpContext = new DefaultHttpContext
    {
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(VisitationClaims.KommuneId, kommuneId.ToString()), new Claim(VisitationClaims.Role, Roles.Leder)], "bench")),
    },
});

static async Task<(Func<CommandLog?, VisitationDbContext> Options, Func<Task> Cleanup)> OpenAsync(string provider)
{
    if (provider == "sqlite")
    {
        var folder = Directory.CreateTempSubdirectory("visitation-kpi-bench-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "bench.db")}";
        return (log =>
        {
            var builder = new DbContextOptionsBuilder<SqliteVisitationDbContext>()
                .UseSqlite(connection, DatabaseServiceCollectionExtensions.ConfigureSqlite).AddInterceptors(new SqliteConnectionPragmas());
            if (log is not null) builder.AddInterceptors(log);
            return new SqliteVisitationDbContext(builder.Options);
        }, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
            return Task.CompletedTask;
        });
    }
    var server = Environment.GetEnvironmentVariable("VISITATION_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set VISITATION_TEST_POSTGRES to a PostgreSQL server connection string.");
    var database = $"visitation_kpibench_{Guid.NewGuid():N}"[..40];
    await using (var admin = new NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        await create.ExecuteNonQueryAsync();
    }
    var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
    return (log =>
    {
        var builder = new DbContextOptionsBuilder<PostgresVisitationDbContext>().UseNpgsql(connectionString, DatabaseServiceCollectionExtensions.ConfigurePostgres);
        if (log is not null) builder.AddInterceptors(log);
        return new PostgresVisitationDbContext(builder.Options);
    }, async () =>
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    });
}

/// <summary>A clock that stands still, so both municipalities are measured at the same instant.</summary>
sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Records the statements a computation runs, with their parameter values, to explain them afterwards.</summary>
sealed class CommandLog : DbCommandInterceptor
{
    public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public List<(string Sql, double Ms)> Timings { get; } = [];

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Timings.Add((command.CommandText, eventData.Duration.TotalMilliseconds));
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

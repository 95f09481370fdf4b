namespace Visitation.Workflows.Expressions;

/// <summary>Limits of the JavaScript sandbox. Every script runs in a fresh engine with these limits.</summary>
/// <remarks>
/// The defaults suit decisions and small data shaping; they are deliberately tight because a script runs
/// inside a workflow step that holds the instance lock.
/// </remarks>
public sealed class JavaScriptOptions
{
    /// <summary>Wall-clock limit for one evaluation.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes the script may allocate.</summary>
    public long MemoryLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Statements one evaluation may execute.</summary>
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>Call depth.</summary>
    public int MaxRecursionDepth { get; set; } = 64;

    /// <summary>Largest array a script may create.</summary>
    public uint MaxArraySize { get; set; } = 100_000;

    /// <summary>Limit for one regular expression match.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Define the small Elsa 2 helpers that imported Elsa 2 scripts use (<c>Duration.FromSeconds</c> ...).
    /// </summary>
    public bool Elsa2Shims { get; set; } = true;
}

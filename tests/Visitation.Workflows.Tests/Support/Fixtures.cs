namespace Visitation.Workflows.Tests.Support;

/// <summary>Locates the conformance fixtures: <c>tests/fixtures</c> of the repository (Elsa's own test workflows, see its LICENSE.md).</summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Elsa3Directory => Path.Combine(Root.Value, "elsa3");
    public static string Elsa2Directory => Path.Combine(Root.Value, "elsa2");

    public static IEnumerable<string> Elsa3Files => JsonFiles(Elsa3Directory);
    public static IEnumerable<string> Elsa2Files => JsonFiles(Elsa2Directory);

    /// <summary>File names (no folder) for xunit theories.</summary>
    public static TheoryData<string> Elsa3Names() => Names(Elsa3Files);
    public static TheoryData<string> Elsa2Names() => Names(Elsa2Files);
    public static TheoryData<string> AllNames() => Names(Elsa3Files.Concat(Elsa2Files));

    public static string PathOf(string fileName)
    {
        var elsa3 = Path.Combine(Elsa3Directory, fileName);
        return File.Exists(elsa3) ? elsa3 : Path.Combine(Elsa2Directory, fileName);
    }

    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    private static IEnumerable<string> JsonFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal);

    private static TheoryData<string> Names(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files) data.Add(Path.GetFileName(file));
        return data;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Visitation.sln"))) continue;
            var fixtures = Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(Path.Combine(fixtures, "elsa3")) && Directory.Exists(Path.Combine(fixtures, "elsa2")))
                return fixtures;
            throw new DirectoryNotFoundException($"The conformance fixtures were not found at '{fixtures}' (expected elsa3/ and elsa2/).");
        }
        throw new DirectoryNotFoundException(
            $"No folder containing Visitation.sln above '{AppContext.BaseDirectory}', so the fixtures (tests/fixtures) cannot be located.");
    }
}

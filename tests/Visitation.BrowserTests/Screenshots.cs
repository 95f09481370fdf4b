using Microsoft.Playwright;

namespace Visitation.BrowserTests;

/// <summary>Saves full-page PNGs under artifacts/screenshots/ at the repository root, for people to look at.</summary>
public static class Screenshots
{
    public static string RepositoryRoot => FindRepositoryRoot();

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(FindRepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder.Value, name + ".png"), FullPage = true });

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Visitation.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Visitation.sln above {AppContext.BaseDirectory}.");
    }
}

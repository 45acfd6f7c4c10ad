namespace Regio.Platform.Storage.Development;

/// <summary>Finds the checkout (the folder with Regio.sln) and the shared/ folder that lies beside it.</summary>
public static class RepoRoot
{
    public const string DemoDataRelativePath = "shared/data/zuid-kennemerland-ijmond.json";

    public static string Find(string startDirectory) =>
        Ancestors(startDirectory).FirstOrDefault(d => File.Exists(Path.Combine(d, "Regio.sln")))
        ?? throw new DirectoryNotFoundException($"Geen Regio.sln gevonden boven {startDirectory}.");

    /// <summary>The demo data set: ../shared/data/... beside the checkout.</summary>
    public static string? FindDemoData(string startDirectory) =>
        Ancestors(startDirectory).Select(d => Path.Combine(d, DemoDataRelativePath)).FirstOrDefault(File.Exists);

    private static IEnumerable<string> Ancestors(string directory)
    {
        for (var d = new DirectoryInfo(directory); d is not null; d = d.Parent)
        {
            yield return d.FullName;
        }
    }
}

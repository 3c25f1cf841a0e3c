namespace CqoDocs.Core.Tests.Templates;

/// <summary>Finds the repository's files from the test's output folder and hands out temporary folders.</summary>
internal static class TemplateTestAssets
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestsFolder => Path.Combine(RepoRoot, "tests", "CqoDocs.Core.Tests", "Templates");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CqoDocs.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("CqoDocs.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh folder deleted when disposed.</summary>
    public static TempFolder NewFolder() => new();

    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cqodocs-tests-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

namespace CqoDocs.Core.Tests.Import;

/// <summary>
/// Finds the import test data (copied next to the test assembly from Import/Cases) and makes temporary
/// folders that clean up after themselves.
/// </summary>
internal static class ImportAssets
{
    public static string Cases => Path.Combine(AppContext.BaseDirectory, "Import", "Cases");

    public static string Path_(params string[] parts) => Path.Combine([Cases, .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Path_(parts)).ReplaceLineEndings("\n");

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path_(parts));

    /// <summary>The five raw seed notices, copied from the shared materials.</summary>
    public static IEnumerable<string> Seeds() =>
        Directory.EnumerateFiles(Path_("Seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Path = Directory.CreateTempSubdirectory("cqodocs-import-").FullName;

    public string Path { get; }

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

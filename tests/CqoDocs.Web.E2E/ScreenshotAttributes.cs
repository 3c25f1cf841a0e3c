namespace CqoDocs.Web.E2E;

/// <summary>
/// A test that runs only when CQODOCS_SCREENSHOTS names the folder to write the README's screenshots to;
/// otherwise it is reported as skipped, never as passed.
/// </summary>
internal sealed class ScreenshotTheoryAttribute : TheoryAttribute
{
    public const string Variable = "CQODOCS_SCREENSHOTS";

    public ScreenshotTheoryAttribute()
    {
        if (Folder is null) Skip = $"截图仅在设置 {Variable}=目录 时生成";
    }

    /// <summary>
    /// The folder named; a relative one is taken from the repository's root (dotnet test runs the tests in
    /// their bin folder), so CQODOCS_SCREENSHOTS=docs/screenshots means the README's folder.
    /// </summary>
    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder, RepositoryRoot())
        : null;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CqoDocs.slnx"))) return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}

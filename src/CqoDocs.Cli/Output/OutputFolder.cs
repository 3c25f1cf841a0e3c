using CqoDocs.Core;

namespace CqoDocs.Cli.Output;

/// <summary>
/// The folder an output goes into: the parts of it that are missing are created for the write, and removed
/// again when the write fails, so a failed run leaves no empty folders behind. A path through an existing
/// file is refused with one line before anything is made.
/// </summary>
internal static class OutputFolder
{
    public static T Around<T>(string folder, Func<T> write) => Around(folder, write, _ => true);

    /// <summary>As above, and the folders made are removed too when <paramref name="succeeded"/> says the write wrote nothing.</summary>
    public static T Around<T>(string folder, Func<T> write, Func<T, bool> succeeded)
    {
        var missing = Missing(Path.GetFullPath(folder));
        if (missing.Count > 0) Directory.CreateDirectory(folder);
        try
        {
            var result = write();
            if (!succeeded(result)) RemoveIfEmpty(missing);
            return result;
        }
        catch
        {
            RemoveIfEmpty(missing);
            throw;
        }
    }

    public static void Around(string folder, Action write) => Around(folder, () =>
    {
        write();
        return 0;
    });

    /// <summary>The folders to create, innermost first.</summary>
    private static List<string> Missing(string folder)
    {
        var missing = new List<string>();
        for (var path = folder; path is not null; path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path)) break;
            if (File.Exists(path)) throw new CqoDocsException("写不了输出：这是一个文件，不是文件夹", file: path);
            missing.Add(path);
        }
        return missing;
    }

    private static void RemoveIfEmpty(List<string> created)
    {
        foreach (var path in created)
        {
            try
            {
                if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // someone else is using it now: leave it and what holds it
            }
        }
    }
}

namespace CqoDocs.Core.Import;

/// <summary>
/// The files an import names: files as given, folders searched recursively for .txt/.html/.htm in name
/// order. A folder that cannot be read, or a symbolic link leading back into a folder already being searched,
/// is one error and the search goes on.
/// </summary>
internal static class InputCollector
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm" };

    /// <summary>Each input as (name shown to the user, full path, error).</summary>
    public static IEnumerable<(string Shown, string? Full, CqoDocsException? Error)> Collect(IEnumerable<string> paths, string workingDirectory)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var found = new List<(string, string?, CqoDocsException?)>();
                Walk(full, path, Canonical(full), [], found);
                if (!found.Any(f => f.Item3 is null)) found.Add((path, null, new CqoDocsException("文件夹中没有 .txt、.html 或 .htm 文件", path)));
                foreach (var f in found) yield return f;
            }
            else if (File.Exists(full))
            {
                yield return (path, full, null);
            }
            else
            {
                yield return (path, null, new CqoDocsException(IO.FileKind.IsLink(full) ? "符号链接指向的文件不存在" : "文件或文件夹不存在", path));
            }
        }
    }

    private static void Walk(string folder, string shown, string canonical, HashSet<string> ancestors, List<(string, string?, CqoDocsException?)> found)
    {
        if (!ancestors.Add(canonical))
        {
            found.Add((shown, null, new CqoDocsException("符号链接形成循环，已跳过该文件夹", shown)));
            return;
        }
        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add((shown, null, new CqoDocsException($"无法读取文件夹：{e.Message}", shown)));
            ancestors.Remove(canonical);
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var entryShown = Path.Combine(shown, entry.Name);
            if (entry is DirectoryInfo || (entry.LinkTarget is not null && Directory.Exists(entry.FullName)))
            {
                var next = entry.LinkTarget is null ? Path.Combine(canonical, entry.Name) : Canonical(entry.FullName);
                Walk(entry.FullName, entryShown, next, ancestors, found);
            }
            else if (Extensions.Contains(Path.GetExtension(entry.Name)))
            {
                found.Add((entryShown, entry.FullName, null));
            }
        }
        ancestors.Remove(canonical);
    }

    /// <summary>The folder's path with every symbolic link resolved, so two routes to one folder compare equal.</summary>
    private static string Canonical(string folder)
    {
        var full = Path.GetFullPath(folder);
        var root = Path.GetPathRoot(full)!;
        var result = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(result, part);
            try
            {
                var target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                result = target is null ? next : Canonical(target.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result = next;
            }
        }
        return result;
    }
}

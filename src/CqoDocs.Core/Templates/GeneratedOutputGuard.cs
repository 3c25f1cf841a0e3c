namespace CqoDocs.Core.Templates;

/// <summary>
/// What `generate` may write over: nothing that is an input of the same run (the template, the data file),
/// and of existing files only documents this tool generated earlier (<see cref="GeneratedMark"/>). A file of
/// the user's — notes, a hand-edited letter that Word saved without our mark, a device — is left alone.
/// The general output guard for every command lives in IO/; this is what generate needs of it.
/// </summary>
internal static class GeneratedOutputGuard
{
    /// <param name="inputs">The run's input files, named for the message (模板, 数据文件) by their paths.</param>
    public static void Check(string target, IReadOnlyDictionary<string, string> inputs)
    {
        var full = Path.GetFullPath(target);
        foreach (var (path, role) in inputs)
        {
            if (SameFile(full, path)) throw new CqoDocsException($"输出文件就是本次使用的{role}，不能覆盖它：请换一个输出文件名", file: target, field: "--out");
        }
        if (Directory.Exists(full)) throw new CqoDocsException("输出位置是一个文件夹，不是文件", file: target, field: "--out");
        if (!File.Exists(full)) return;
        var info = new FileInfo(full);
        // An empty file, a device or a pipe is not a document we wrote; opening a pipe would wait forever.
        if (info.Length == 0 || info.LinkTarget is not null || !GeneratedMark.IsGenerated(full))
        {
            throw new CqoDocsException("这个文件已经存在，而且不是 cqodocs 生成的文档，不覆盖它：请换一个文件名，或先自行删除", file: target, field: "--out");
        }
    }

    private static bool SameFile(string a, string b)
    {
        var left = Resolve(a);
        var right = Resolve(b);
        return string.Equals(left, right, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}

namespace CqoDocs.Core.IO;

/// <summary>
/// The one rule for every output path: replace only what this tool wrote. A folder, a device or FIFO, an
/// input of the same run, or a file that <c>isOurs</c> does not recognise is refused with one line.
/// </summary>
public static class OutputGuard
{
    /// <param name="path">The output about to be written (or replaced).</param>
    /// <param name="isOurs">Recognises a file this tool wrote, given its path; asked only when a regular file is there.</param>
    /// <param name="inputs">Files the same run reads; never overwritten, whatever they hold.</param>
    public static void Check(string path, Func<string, bool> isOurs, IEnumerable<string>? inputs = null)
    {
        if (Refusal(path, isOurs, inputs) is { } reason) throw new CqoDocsException(reason, path);
    }

    /// <summary>Null when <paramref name="path"/> may be written; else why not, in words for the user.</summary>
    public static string? Refusal(string path, Func<string, bool> isOurs, IEnumerable<string>? inputs = null)
    {
        var full = Path.GetFullPath(path);
        if (inputs is not null && inputs.Any(i => SameFile(i, full))) return "输出文件与本次的输入文件相同，不覆盖输入";
        return FileKind.Of(full) switch
        {
            PathKind.Missing => FileKind.IsLink(full) ? "输出位置是一个失效的符号链接，不覆盖" : null,
            PathKind.Directory => "输出位置是一个文件夹",
            PathKind.Other => "输出位置不是普通文件（设备、管道或套接字），不写入",
            _ => isOurs(full) ? null : "该文件不是 cqodocs 写的，不覆盖（请换一个输出位置，或先移走它）",
        };
    }

    /// <summary>The same file, through symbolic links too.</summary>
    public static bool SameFile(string a, string b) =>
        string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}

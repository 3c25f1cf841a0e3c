using CqoDocs.Core.IO;

namespace CqoDocs.Core.Templates;

/// <summary>
/// What `generate` may write over, by the general rule of <see cref="OutputGuard"/>: nothing that is an input
/// of the same run (the template, the data file), no folder, device or pipe, and of existing files only
/// documents this tool generated earlier (<see cref="GeneratedMark"/>). The messages name the input's role.
/// </summary>
internal static class GeneratedOutputGuard
{
    /// <param name="inputs">The run's input files, named for the message (模板, 数据文件) by their paths.</param>
    public static void Check(string target, IReadOnlyDictionary<string, string> inputs)
    {
        foreach (var (path, role) in inputs)
        {
            if (OutputGuard.SameFile(target, path)) throw new CqoDocsException($"输出文件就是本次使用的{role}，不能覆盖它：请换一个输出文件名", file: target, field: "--out");
        }
        var full = Path.GetFullPath(target);
        switch (FileKind.Of(full))
        {
            case PathKind.Missing when FileKind.IsLink(full):
                throw new CqoDocsException("输出位置是一个失效的符号链接，不覆盖", file: target, field: "--out");
            case PathKind.Directory:
                throw new CqoDocsException("输出位置是一个文件夹，不是文件", file: target, field: "--out");
            case PathKind.Other:
                throw new CqoDocsException("输出位置不是普通文件（设备、管道或套接字），不写入", file: target, field: "--out");
            case PathKind.RegularFile when FileKind.IsLink(full) || new FileInfo(full).Length == 0 || !GeneratedMark.IsGenerated(full):
                throw new CqoDocsException("这个文件已经存在，而且不是 cqodocs 生成的文档，不覆盖它：请换一个文件名，或先自行删除", file: target, field: "--out");
        }
    }
}

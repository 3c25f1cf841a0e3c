using CqoDocs.Core.IO;

namespace CqoDocs.Core.Import.Review;

/// <summary>
/// Reads one uploaded page (.txt, .html, .htm) through the same pipeline as <c>cqodocs import</c>, without
/// writing anything. The upload's name is only a label: it is cut to a bare file name and never used as a path.
/// </summary>
internal static class UploadedPage
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".html", ".htm"];

    public static ReviewedDocument Read(string uploadName, byte[] bytes, long maxBytes = InputFile.MaxBytes)
    {
        var name = SafeName(uploadName);
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            throw new CqoDocsException($"只能导入 {string.Join("、", Extensions)} 文件", name);
        if (bytes.LongLength > maxBytes) throw new CqoDocsException($"文件超过 {maxBytes / 1024 / 1024} MB，不像是一篇通知", name);
        if (bytes.Length == 0) throw new CqoDocsException("文件是空的", name);
        var warnings = new List<string>();
        var document = ImportPipeline.Default.Import(name, bytes, warnings);
        return new ReviewedDocument(document with { Id = DocumentIdProposer.Sanitise(document.Id) }, name, ImportStamp.InputKey(name, bytes), warnings);
    }

    /// <summary>The last part of whatever path the browser sent, without control or path characters.</summary>
    public static string SafeName(string uploadName)
    {
        var last = uploadName.Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var invalid = Path.GetInvalidFileNameChars().ToHashSet();
        var clean = new string(last.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim(' ', '.');
        return clean.Length == 0 ? "上传的文件.txt" : clean.Length > 120 ? clean[^120..] : clean;
    }
}

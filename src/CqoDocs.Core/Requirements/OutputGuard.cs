using DocumentFormat.OpenXml.Packaging;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// Refuses to overwrite a file the tool did not write: an existing --out file is replaced only when it
/// carries the tool's mark (a JSON "generator", a Word document whose author is cqodocs, a Markdown
/// file ending in the tool's comment).
/// </summary>
public static class OutputGuard
{
    public const string MarkdownMark = "<!-- cqodocs -->";

    public static void EnsureReplaceable(string path, string option = "--out")
    {
        if (!File.Exists(path)) return;
        if (!WrittenByUs(path))
        {
            throw new CqoDocsException("文件已存在，且不是 cqodocs 生成的；为免覆盖他人的文件，请换一个文件名或先删除它", file: path, field: option);
        }
    }

    private static bool WrittenByUs(string path)
    {
        try
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension == ".docx")
            {
                using var document = WordprocessingDocument.Open(path, isEditable: false);
                return document.PackageProperties.Creator == "cqodocs";
            }
            var text = File.ReadAllText(path);
            return extension == ".json"
                ? text.Contains($"\"generator\": \"cqodocs", StringComparison.Ordinal)
                : text.TrimEnd().EndsWith(MarkdownMark, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException)
        {
            return false;
        }
    }
}

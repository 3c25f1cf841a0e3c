using DocumentFormat.OpenXml.Packaging;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// The general rule of <see cref="IO.OutputGuard"/> for the requirements and check reports: an existing
/// --out file is replaced only when it carries the tool's mark (a JSON "generator", a Word document whose
/// author is cqodocs, a Markdown file ending in the tool's comment); a folder, device or pipe never.
/// </summary>
public static class ReportOutputGuard
{
    public const string MarkdownMark = "<!-- cqodocs -->";

    public static void EnsureReplaceable(string path, string option = "--out")
    {
        if (IO.OutputGuard.Refusal(path, WrittenByUs) is { } reason) throw new CqoDocsException(reason, file: path, field: option);
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

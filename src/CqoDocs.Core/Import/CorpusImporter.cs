using CqoDocs.Core.Corpus;
using CqoDocs.Core.IO;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>One input's outcome: the document, or the error that stopped it; and what the user should check by hand.</summary>
internal sealed record ImportOutcome(string Source, Document? Document, CqoDocsException? Error, IReadOnlyList<string>? Warnings = null);

/// <summary>
/// Imports files and folders into corpus documents: collects the .txt/.html/.htm files (folders
/// recursively, in name order), runs the pipeline on each — one bad file does not stop the others — makes
/// ids unique, and writes each document as a corpus Markdown file through <see cref="AtomicFile"/>, so an
/// existing file is replaced only by a complete new one.
/// </summary>
internal sealed class CorpusImporter(ImportPipeline pipeline)
{
    /// <summary>Larger files are not notices; reading them would only waste memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm" };

    /// <summary>
    /// Imports every file <paramref name="paths"/> name (relative to <paramref name="workingDirectory"/>).
    /// Ids are unique within the run and against the files already in <paramref name="outDirectory"/> (a file
    /// imported from the same source keeps its id and is replaced).
    /// </summary>
    public IReadOnlyList<ImportOutcome> Import(IEnumerable<string> paths, string workingDirectory, string? outDirectory)
    {
        var outcomes = new List<ImportOutcome>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (shown, full, error) in Collect(paths, workingDirectory))
        {
            if (error is not null)
            {
                outcomes.Add(new ImportOutcome(shown, null, error));
                continue;
            }
            try
            {
                var bytes = Read(shown, full!);
                var warnings = new List<string>();
                var document = pipeline.Import(shown, bytes, warnings);
                var id = UniqueId(document, taken, outDirectory);
                taken.Add(id);
                outcomes.Add(new ImportOutcome(shown, document with { Id = id }, null, warnings));
            }
            catch (CqoDocsException e)
            {
                outcomes.Add(new ImportOutcome(shown, null, e));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A fault of ours must not cost the user the other files, nor show them a stack trace.
                outcomes.Add(new ImportOutcome(shown, null, new CqoDocsException($"导入失败（内部错误 {e.GetType().Name}：{e.Message}）", shown, inner: e)));
            }
        }
        return outcomes;
    }

    /// <summary>Writes the document as {id}.md in <paramref name="outDirectory"/>; returns the path written.</summary>
    public static string Write(Document document, string outDirectory)
    {
        var path = Path.Combine(outDirectory, document.Id + ".md");
        try
        {
            AtomicFile.WriteAllText(path, CorpusMarkdown.Write(document));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"无法写入：{e.Message}", path);
        }
        return path;
    }

    /// <summary>The files to import, each as (name shown to the user, full path, error).</summary>
    private static IEnumerable<(string Shown, string? Full, CqoDocsException? Error)> Collect(IEnumerable<string> paths, string workingDirectory)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                yield return (path, full, null);
            }
            else if (Directory.Exists(full))
            {
                var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0) yield return (path, null, new CqoDocsException("文件夹中没有 .txt、.html 或 .htm 文件", path));
                foreach (var file in files) yield return (Path.Combine(path, Path.GetRelativePath(full, file)), file, null);
            }
            else
            {
                yield return (path, null, new CqoDocsException("文件或文件夹不存在", path));
            }
        }
    }

    private static byte[] Read(string shown, string full)
    {
        try
        {
            var length = new FileInfo(full).Length;
            if (length > MaxFileBytes) throw new CqoDocsException($"文件过大（{length / 1024 / 1024} MB），不像一份通知", shown);
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"无法读取：{e.Message}", shown);
        }
    }

    /// <summary>
    /// The proposed id, or the first of id-2, id-3 … that is neither used in this run nor held in the output
    /// folder by a file imported from another source.
    /// </summary>
    private static string UniqueId(Document document, HashSet<string> taken, string? outDirectory)
    {
        var id = document.Id;
        for (var n = 2; taken.Contains(id) || HeldByOther(id, document, outDirectory); n++) id = $"{document.Id}-{n}";
        return id;
    }

    private static bool HeldByOther(string id, Document document, string? outDirectory)
    {
        if (outDirectory is null) return false;
        var path = Path.Combine(outDirectory, id + ".md");
        if (!File.Exists(path)) return false;
        try
        {
            var existing = CorpusMarkdown.Read(File.ReadAllText(path), path);
            return !string.Equals(existing.Source, document.Source, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is CqoDocsException or IOException or UnauthorizedAccessException)
        {
            return true; // never overwrite a file we cannot read
        }
    }
}

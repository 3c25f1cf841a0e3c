using CqoDocs.Core.IO;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>
/// One input's outcome: the document (its id unique within the run), the id first proposed for it and the
/// key of the input it came from (see <see cref="ImportStamp"/>), or the error that stopped it; and what the user should check by hand (<c>Warnings</c>).
/// </summary>
internal sealed record ImportOutcome(string Source, Document? Document, CqoDocsException? Error,
    string? FullPath = null, string? InputKey = null, string? ProposedId = null,
    IReadOnlyList<string>? Warnings = null);

/// <summary>
/// Imports files and folders into corpus documents: collects the inputs (<see cref="InputCollector"/>), reads
/// each within bounds (<see cref="InputFile"/>), runs the pipeline on it — one bad file does not stop the
/// others — and makes ids unique within the run. Writing them is <see cref="CorpusWriter"/>'s job.
/// </summary>
internal sealed class CorpusImporter(ImportPipeline pipeline)
{
    /// <summary>Larger files are not notices; reading them would only waste memory.</summary>
    public const long MaxFileBytes = InputFile.MaxBytes;

    /// <summary>Imports every file <paramref name="paths"/> name (relative to <paramref name="workingDirectory"/>).</summary>
    public IReadOnlyList<ImportOutcome> Import(IEnumerable<string> paths, string workingDirectory)
    {
        var outcomes = new List<ImportOutcome>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (shown, full, error) in InputCollector.Collect(paths, workingDirectory))
        {
            if (error is not null)
            {
                outcomes.Add(new ImportOutcome(shown, null, error));
                continue;
            }
            try
            {
                var bytes = InputFile.ReadAllBytes(full!, shown, MaxFileBytes);
                var warnings = new List<string>();
                var document = pipeline.Import(shown, bytes, warnings);
                var proposed = DocumentIdProposer.Sanitise(document.Id);
                var id = UniqueId(proposed, taken);
                taken.Add(id);
                outcomes.Add(new ImportOutcome(shown, document with { Id = id }, null, full, ImportStamp.InputKey(shown, bytes), proposed, warnings));
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

    /// <summary>The proposed id, or the first of id-2, id-3 … not yet used in this run.</summary>
    public static string UniqueId(string id, ISet<string> taken)
    {
        var unique = id;
        for (var n = 2; taken.Contains(unique); n++) unique = $"{id}-{n}";
        return unique;
    }
}

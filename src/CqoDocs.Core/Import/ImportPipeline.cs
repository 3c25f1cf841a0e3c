using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>
/// The import pipeline, frozen: an ordered list of steps that turns one raw file (text or HTML, any of the
/// usual encodings) into a <see cref="Document"/>. Built once by <see cref="ImportPipelineBuilder"/> and
/// safe to share between threads, since the steps keep no state.
/// </summary>
internal sealed class ImportPipeline
{
    private static readonly Lazy<ImportPipeline> Standard = new(() => ImportPipelineBuilder.WithStandardSteps().Build());

    internal ImportPipeline(IReadOnlyList<IImportStep> steps) => Steps = steps;

    /// <summary>Decode → Extract → Clean → Structure → Metadata → Topics, as described in Import/README.md.</summary>
    public static ImportPipeline Default => Standard.Value;

    public IReadOnlyList<IImportStep> Steps { get; }

    /// <summary>Imports one file; <paramref name="source"/> names it in messages. Bad input throws <see cref="CqoDocsException"/>.</summary>
    public Document Import(string source, byte[] bytes) => Import(source, bytes, warnings: null);

    /// <summary>Imports one file and adds to <paramref name="warnings"/> what the user should check by hand.</summary>
    public Document Import(string source, byte[] bytes, ICollection<string>? warnings)
    {
        var draft = Run(source, bytes);
        if (warnings is not null)
        {
            foreach (var warning in draft.Warnings) warnings.Add(warning);
        }
        return draft.ToDocument(DocumentIdProposer.Propose(draft));
    }

    public ImportDraft Run(string source, byte[] bytes)
    {
        var draft = new ImportDraft(source, bytes, IsHtmlName(source));
        foreach (var step in Steps) step.Run(draft);
        return draft;
    }

    public static bool IsHtmlName(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml" or ".shtml";
}

using System.Text;
using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

/// <summary>Runs the standard pipeline on raw text or bytes, optionally stopping after a given step.</summary>
internal static class ImportProbe
{
    public static ImportDraft Run(string text, string name = "sample.txt", Type? stopAfter = null) =>
        Run(Encoding.UTF8.GetBytes(text), name, stopAfter);

    public static ImportDraft Run(byte[] bytes, string name = "sample.txt", Type? stopAfter = null)
    {
        var draft = new ImportDraft(name, bytes, ImportPipeline.IsHtmlName(name));
        foreach (var step in ImportPipeline.Default.Steps)
        {
            step.Run(draft);
            if (step.GetType() == stopAfter) break;
        }
        return draft;
    }

    /// <summary>Lines as they stand after <typeparamref name="TStep"/>.</summary>
    public static List<string> LinesAfter<TStep>(string text, string name = "sample.txt") where TStep : IImportStep =>
        Run(text, name, typeof(TStep)).Lines;
}

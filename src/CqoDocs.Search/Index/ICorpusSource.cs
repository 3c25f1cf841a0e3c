using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// Where the indexed documents come from (the bundled corpus, a folder, or documents held in memory).
/// <see cref="CurrentHash"/> must be cheap: it is asked on every search to tell whether the index is stale.
/// </summary>
public interface ICorpusSource
{
    /// <summary>For messages: a folder path or "内置语料库".</summary>
    string Origin { get; }

    /// <summary>The content hash of the corpus as it is now, without parsing it.</summary>
    string CurrentHash();

    /// <summary>
    /// The documents read a file at a time as they are enumerated, with the content hash they were read with:
    /// what a build or an update reads, so that its memory does not grow with the corpus. Sources held in memory
    /// give theirs with <see cref="CorpusStream.Of(IReadOnlyList{Document}, string, string)"/>.
    /// </summary>
    CorpusStream Stream();

    /// <summary>
    /// The files of the corpus as it is now that could not be read, one line each ("file:line: why"). Known
    /// without parsing when the corpus has not changed since it was last loaded.
    /// </summary>
    IReadOnlyList<string> Problems() => [];
}

using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// The documents of a corpus read one file at a time as <see cref="Documents"/> is enumerated, so that
/// whoever goes through them (an index build) holds only the ones it is working on, whatever the corpus's
/// size. Which documents there are, in what order, and what is wrong with the other files are known before:
/// a first pass over the files keeps only each document's id, date and size (<see cref="CorpusLoader"/>).
/// </summary>
public sealed class CorpusStream
{
    private readonly Func<CorpusStream, Func<string, bool>, IEnumerable<Document>> _documents;
    private readonly string _contentHash;
    private int _changed;
    private int _reread;

    internal CorpusStream(string origin, string contentHash, int documentCount, long unitCount,
        IReadOnlyList<CqoDocsException> problems, Func<CorpusStream, Func<string, bool>, IEnumerable<Document>> documents,
        IReadOnlyList<DocumentSource>? sources = null)
    {
        Sources = sources;
        Origin = origin;
        _contentHash = contentHash;
        DocumentCount = documentCount;
        UnitCount = unitCount;
        Problems = problems;
        _documents = documents;
    }

    /// <summary>Documents already in memory (generated, or held by a test).</summary>
    public static CorpusStream Of(IReadOnlyList<Document> documents, string contentHash, string origin = "") =>
        new(origin, contentHash, documents.Count, documents.Sum(d => (long)d.Units.Count), [], (_, _) => documents);

    /// <summary>Documents made as they are enumerated; the counts must be those the enumeration gives.</summary>
    public static CorpusStream Of(Func<IEnumerable<Document>> documents, int documentCount, long unitCount, string contentHash, string origin = "") =>
        new(origin, contentHash, documentCount, unitCount, [], (_, _) => documents());

    public string Origin { get; }

    /// <summary>Newest first, then by id, each document once: as <see cref="CorpusSet.Documents"/>. May be
    /// enumerated again, reading the files again.</summary>
    public IEnumerable<Document> Documents => _documents(this, _ => true);

    /// <summary>Each document's file as the first pass read it, in the order of <see cref="Documents"/>; null
    /// when the documents do not come from files (generated, or in memory).</summary>
    internal IReadOnlyList<DocumentSource>? Sources { get; }

    /// <summary>As <see cref="Documents"/>, reading only the files of the documents with these ids.</summary>
    internal IEnumerable<Document> DocumentsWith(IReadOnlySet<string> ids) => _documents(this, ids.Contains);

    public int DocumentCount { get; }

    /// <summary>Units of all the documents: a total for progress.</summary>
    public long UnitCount { get; }

    /// <summary>
    /// The hash of the files as the first pass read them. A file that changed before its document was read
    /// again makes this a hash no corpus has, so whatever was built from the documents is found stale and
    /// brought up to date next time instead of passing for the corpus it was not quite built from.
    /// </summary>
    public string ContentHash => Volatile.Read(ref _changed) == 0 ? _contentHash : _contentHash + "~changed-while-read";

    /// <summary>Files that could not be read, each with its file and line.</summary>
    public IReadOnlyList<CqoDocsException> Problems { get; }

    /// <summary>Files the first pass parsed: those a listing cache did not already know.</summary>
    internal int FilesParsed { get; init; }

    /// <summary>Files the second pass has read, over every enumeration so far.</summary>
    internal int FilesReread => Volatile.Read(ref _reread);

    internal void FilesRereadAdd(int count) => Interlocked.Add(ref _reread, count);

    internal void FileChanged() => Volatile.Write(ref _changed, 1);
}

/// <param name="File">What tells the file from any other and from itself at other times: its content's
/// SHA-256 and its name.</param>
/// <param name="Units">The document's units as the first pass counted them.</param>
internal sealed record DocumentSource(string Id, string File, int Units);

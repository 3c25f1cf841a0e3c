using System.Collections.Concurrent;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Appends documents to an index inside an open transaction: their rows, postings and unit lengths, after every row id already given. Documents come in batches, each analysed on every core and
/// then written and let go, and postings are flushed as a segment whenever they outgrow the budget: what a
/// build holds at once does not grow with the corpus. Used by a full build and by an incremental update.
/// </summary>
internal sealed class IndexAppender
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Analyzer _analyzer;
    private readonly IndexRows _rows;
    private readonly long _postingsBudget;
    private readonly Dictionary<string, string> _sources;
    private PostingsWriter _postings;

    /// <param name="sources">Where the documents were read from (<see cref="CorpusStream.Sources"/>), if from files.</param>
    /// <param name="postingsBudget">Bytes of postings held before they are written as a segment.</param>
    public IndexAppender(SqliteConnection connection, SqliteTransaction transaction, Analyzer analyzer,
        long lastDocument, long lastUnit, int nextSegment, IReadOnlyList<DocumentSource>? sources = null, long postingsBudget = 16L << 20)
    {
        _sources = (sources ?? []).ToDictionary(s => s.Id, s => s.File, StringComparer.Ordinal);
        _connection = connection;
        _transaction = transaction;
        _analyzer = analyzer;
        _rows = new IndexRows(connection, transaction);
        _postingsBudget = postingsBudget;
        _postings = new PostingsWriter(nextSegment);
        LastDocument = lastDocument;
        LastUnit = lastUnit;
    }

    public long LastDocument { get; private set; }
    public long LastUnit { get; private set; }
    public int Documents { get; private set; }
    public int Units { get; private set; }
    /// <summary>Tokens in the appended units' full-text columns.</summary>
    public long Tokens { get; private set; }
    /// <summary>The number the next segment will get, once <see cref="Finish"/> has written the last one.</summary>
    public int NextSegment => _postings.IsEmpty ? _postings.Segment : _postings.Segment + 1;

    /// <param name="analysed">Called with the number of units analysed so far in this batch, from any thread.</param>
    public void Add(IReadOnlyList<Document> batch, Action<int>? analysed = null) => Add([batch], analysed);

    /// <summary>
    /// Batches in order, each analysed on every core while the one before it is written: writing is one
    /// thread's work (SQLite, compression), which would otherwise leave the other cores idle.
    /// </summary>
    /// <param name="analysed">Called with the number of units analysed so far by this call, from any thread.</param>
    public void Add(IEnumerable<IReadOnlyList<Document>> batches, Action<int>? analysed = null)
    {
        var done = 0;
        Action<int>? count = analysed is null ? null : n => analysed(Interlocked.Add(ref done, n));
        Task<Analysed>? previous = null;
        foreach (var batch in batches)
        {
            var next = Task.Run(() => Analyze(batch, count));
            if (previous is not null) Write(previous.GetAwaiter().GetResult());
            previous = next;
        }
        if (previous is not null) Write(previous.GetAwaiter().GetResult());
    }

    /// <summary>A batch's analysis: every unit's term positions.</summary>
    private sealed record Analysed(IReadOnlyList<Document> Documents, UnitTermPositions[][] Positions);

    private void Write(Analysed batch)
    {
        var (documents, positions) = batch;
        for (var di = 0; di < documents.Count; di++)
        {
            var document = documents[di];
            var documentId = ++LastDocument;
            _rows.Document(documentId, document, LastUnit + 1, _sources.GetValueOrDefault(document.Id, ""));
            _rows.Texts(LastUnit + 1, document);
            for (var ui = 0; ui < document.Units.Count; ui++)
            {
                var unitId = ++LastUnit;
                _rows.Unit(unitId, documentId, ui, document.Units[ui], positions[di][ui].Length);
                _postings.Add(unitId, positions[di][ui]);
                Tokens += positions[di][ui].Length;
                Units++;
            }
            Documents++;
            if (_postings.BufferedBytes > _postingsBudget) Flush();
        }
    }

    /// <summary>Writes the postings still held.</summary>
    public void Finish()
    {
        _rows.Finish();
        _postings.Write(_connection, _transaction);
    }

    private void Flush()
    {
        _postings.Write(_connection, _transaction);
        _postings = new PostingsWriter(_postings.Segment + 1);
    }

    /// <param name="analysed">Called with the number of units just analysed.</param>
    private Analysed Analyze(IReadOnlyList<Document> documents, Action<int>? analysed)
    {
        var contexts = documents.Select(d => IndexTokens.Of(UnitFields.ContextOf(d, _analyzer)).ToArray()).ToArray();
        var work = documents.SelectMany((d, di) => d.Units.Select((_, ui) => (di, ui))).ToArray();
        var positions = documents.Select(d => new UnitTermPositions[d.Units.Count]).ToArray();
        if (work.Length == 0) return new Analysed(documents, positions);
        Parallel.ForEach(Partitioner.Create(0, work.Length, 64), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var (di, ui) = work[i];
                positions[di][ui] = UnitTermPositions.Of(UnitFields.Words(documents[di].Units[ui], contexts[di], _analyzer));
            }
            analysed?.Invoke(range.Item2 - range.Item1);
        });
        return new Analysed(documents, positions);
    }
}

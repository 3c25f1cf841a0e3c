using System.Diagnostics;
using System.Globalization;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Writes a complete index for a set of documents in ONE transaction into a temporary file beside the
/// target, which is then moved over it. A reader therefore sees the old index or the new one, never a
/// half-built file, and a failed build leaves the old index untouched. Documents are read, analysed and
/// written a batch at a time (<see cref="CorpusStream"/>, <see cref="IndexAppender"/>) and then let go, so
/// memory does not grow with the corpus.
/// </summary>
internal sealed class IndexBuilder(Analyzer analyzer)
{
    /// <summary>Units analysed together: enough to keep every core busy, few enough to hold.</summary>
    private const int BatchUnits = 512;

    /// <summary>Documents already in memory.</summary>
    public IndexBuildResult Build(IReadOnlyList<Document> documents, string contentHash, string origin, string path,
        IProgress<IndexProgress>? progress = null) =>
        Build(CorpusStream.Of(documents, contentHash, origin), origin, path, progress);

    /// <param name="progress">Receives how many units are analysed, from any thread.</param>
    public IndexBuildResult Build(CorpusStream corpus, string origin, string path, IProgress<IndexProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var target = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var temp = Core.IO.AtomicFile.TempPathBeside(target);
        (int Documents, int Units) written;
        try
        {
            written = Write(temp, corpus, origin, progress);
            IndexFile.Replace(temp, target);
            // A journal left by some other writer would be taken for the new file's and "rolled back" into it.
            IndexFile.RemoveStrays(target);
        }
        catch
        {
            Core.IO.AtomicFile.TryDelete(temp);
            throw;
        }
        return new IndexBuildResult(target, written.Documents, written.Units, watch.Elapsed);
    }

    private (int Documents, int Units) Write(string file, CorpusStream corpus, string origin, IProgress<IndexProgress>? progress)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA page_size = {IndexSchema.PageSize};");
        // The file is private until it is moved into place: no journal, no syncs until the end.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -16384;");
        Execute(connection, $"PRAGMA application_id = {IndexFile.ApplicationId};");
        // Chinese text takes two bytes a character in UTF-16 against three in UTF-8: a third off the stored unit text.
        Execute(connection, "PRAGMA encoding = 'UTF-16le';");
        (int Documents, int Units) written;
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, IndexSchema.Create, transaction);
            var appender = new IndexAppender(connection, transaction, analyzer, lastDocument: 0, lastUnit: 0, nextSegment: 0, corpus.Sources);
            var total = (int)Math.Min(int.MaxValue, corpus.UnitCount);
            var reported = -1;
            appender.Add(Batches(corpus.Documents), progress is null ? null : done => Report(progress, done, total, ref reported));
            appender.Finish();
            written = (appender.Documents, appender.Units);
            var meta = new Dictionary<string, string>
            {
                [IndexSchema.MetaKeys.SchemaVersion] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.AnalyzerVersion] = analyzer.Version,
                // Read after the documents: a file changed while they were read makes it a hash of no corpus.
                [IndexSchema.MetaKeys.CorpusHash] = corpus.ContentHash,
                [IndexSchema.MetaKeys.Origin] = origin,
                [IndexSchema.MetaKeys.BuiltAt] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.Documents] = appender.Documents.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.Units] = appender.Units.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.LastDocument] = appender.LastDocument.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.LastUnit] = appender.LastUnit.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.Segments] = appender.NextSegment.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.TotalTokens] = appender.Tokens.ToString(CultureInfo.InvariantCulture),
            };
            var rows = new IndexRows(connection, transaction);
            foreach (var (key, value) in meta) rows.Meta(key, value);
            transaction.Commit();
        }
        connection.Close();
        IndexFile.FlushToDisk(file);
        return written;
    }

    /// <summary>Reports each whole percent once, and the end; called from the analysing threads.</summary>
    private static void Report(IProgress<IndexProgress> progress, int done, int total, ref int reported)
    {
        // A file changed since the corpus was listed may make the total a little off: never past the end.
        var step = done >= total ? 101 : (int)(100L * done / total);
        var last = Volatile.Read(ref reported);
        if (step > last && Interlocked.CompareExchange(ref reported, step, last) == last) progress.Report(new IndexProgress(done, total));
    }

    /// <summary>Whole documents, about <see cref="BatchUnits"/> units at a time.</summary>
    private static IEnumerable<IReadOnlyList<Document>> Batches(IEnumerable<Document> documents)
    {
        var batch = new List<Document>();
        var units = 0;
        foreach (var document in documents)
        {
            batch.Add(document);
            units += document.Units.Count;
            if (units < BatchUnits) continue;
            yield return batch;
            batch = [];
            units = 0;
        }
        if (batch.Count > 0) yield return batch;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

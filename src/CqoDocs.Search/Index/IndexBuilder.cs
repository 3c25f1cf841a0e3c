using System.Diagnostics;
using System.Globalization;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Writes a complete index for a set of documents: analysis on every core, then ONE transaction into a
/// temporary file beside the target, which is then moved over it. A reader therefore sees the old index
/// or the new one, never a half-built file, and a failed build leaves the old index untouched.
/// </summary>
internal sealed class IndexBuilder(Analyzer analyzer)
{
    /// <param name="progress">Receives how many units are analysed, from any thread.</param>
    public IndexBuildResult Build(IReadOnlyList<Document> documents, string contentHash, string origin, string path,
        IProgress<IndexProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var target = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var (fields, counts) = Analyze(documents, progress);
        var temp = Core.IO.AtomicFile.TempPathBeside(target);
        try
        {
            Write(temp, documents, fields, counts, contentHash, origin);
            IndexFile.Replace(temp, target);
            // A journal left by some other writer would be taken for the new file's and "rolled back" into it.
            IndexFile.RemoveStrays(target);
        }
        catch
        {
            Core.IO.AtomicFile.TryDelete(temp);
            throw;
        }
        return new IndexBuildResult(target, documents.Count, fields.Sum(f => f.Length), watch.Elapsed);
    }

    private (UnitFields[][] Fields, UnitTermPositions[][] Counts) Analyze(IReadOnlyList<Document> documents, IProgress<IndexProgress>? progress)
    {
        var contexts = documents.Select(d => UnitFields.ContextOf(d, analyzer)).ToArray();
        var work = documents.SelectMany((d, di) => d.Units.Select((u, ui) => (di, ui))).ToArray();
        var result = documents.Select(d => new UnitFields[d.Units.Count]).ToArray();
        var counts = documents.Select(d => new UnitTermPositions[d.Units.Count]).ToArray();
        if (work.Length == 0) return (result, counts);
        var done = 0;
        var step = Math.Max(1, work.Length / 100);
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, work.Length, 256), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var (di, ui) = work[i];
                result[di][ui] = UnitFields.Of(documents[di].Units[ui], contexts[di], analyzer);
                counts[di][ui] = UnitTermPositions.Of(result[di][ui]);
            }
            var now = Interlocked.Add(ref done, range.Item2 - range.Item1);
            if (progress is not null && (now / step != (now - (range.Item2 - range.Item1)) / step || now == work.Length))
            {
                progress.Report(new IndexProgress(now, work.Length));
            }
        });
        return (result, counts);
    }

    private void Write(string file, IReadOnlyList<Document> documents, UnitFields[][] fields, UnitTermPositions[][] counts, string contentHash, string origin)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        // The file is private until it is moved into place: no journal, no syncs until the end.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536;");
        Execute(connection, $"PRAGMA application_id = {IndexFile.ApplicationId};");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, IndexSchema.Create, transaction);
            // Merge the full-text segments once at the end ('optimize') rather than over and over during the load.
            Execute(connection, "INSERT INTO unit_fts(unit_fts, rank) VALUES ('automerge', 0);", transaction);
            var rows = new Inserter(connection, transaction);
            var postings = new PostingsWriter();
            long unitId = 0;
            for (var di = 0; di < documents.Count; di++)
            {
                var document = documents[di];
                rows.Document(di + 1, document);
                for (var ui = 0; ui < document.Units.Count; ui++)
                {
                    rows.Unit(++unitId, di + 1, ui, document.Units[ui], fields[di][ui]);
                    postings.Add(unitId, counts[di][ui]);
                }
            }
            var meta = new Dictionary<string, string>
            {
                [IndexSchema.MetaKeys.SchemaVersion] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.AnalyzerVersion] = analyzer.Version,
                [IndexSchema.MetaKeys.CorpusHash] = contentHash,
                [IndexSchema.MetaKeys.Origin] = origin,
                [IndexSchema.MetaKeys.BuiltAt] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.Documents] = documents.Count.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.Units] = unitId.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.MetaKeys.TotalTokens] = postings.TotalTokens.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in meta) rows.Meta(key, value);
            postings.Write(connection, transaction);
            // One merged b-tree per term: fewer segments to read on every query.
            Execute(connection, "INSERT INTO unit_fts(unit_fts) VALUES ('optimize');", transaction);
            transaction.Commit();
        }
        connection.Close();
        IndexFile.FlushToDisk(file);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Prepared statements reused for every row.</summary>
    private sealed class Inserter
    {
        private readonly SqliteCommand _document;
        private readonly SqliteCommand _unit;
        private readonly SqliteCommand _topic;
        private readonly SqliteCommand _fts;
        private readonly SqliteCommand _meta;

        public Inserter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _document = Prepare(connection, transaction,
                "INSERT INTO documents (id, key, title, authority, doc_number, date, year, kind, script, province, city, district, validity) VALUES ($id, $key, $title, $authority, $number, $date, $year, $kind, $script, $province, $city, $district, $validity)");
            _unit = Prepare(connection, transaction,
                "INSERT INTO units (id, doc, ordinal, label, heading, text, topics, depth) VALUES ($id, $doc, $ordinal, $label, $heading, $text, $topics, $depth)");
            _topic = Prepare(connection, transaction, "INSERT OR IGNORE INTO unit_topics (topic, unit) VALUES ($topic, $unit)");
            _fts = Prepare(connection, transaction,
                "INSERT INTO unit_fts (rowid, heading, body, topics, context) VALUES ($id, $heading, $body, $topics, $context)");
            _meta = Prepare(connection, transaction, "INSERT INTO meta (key, value) VALUES ($key, $value)");
        }

        public void Document(long id, Document d) => Run(_document,
            ("$id", id), ("$key", d.Id), ("$title", d.Title), ("$authority", d.Authority), ("$number", d.DocNumber),
            ("$date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$year", d.Date?.Year),
            ("$kind", d.Kind.Key()), ("$script", d.Script.Key()),
            ("$province", d.Region.Province), ("$city", d.Region.City), ("$district", d.Region.District),
            ("$validity", ValidityFactsJson.Write(ValidityFacts.Of(d))));

        public void Unit(long id, long doc, int ordinal, Unit u, UnitFields f)
        {
            Run(_unit, ("$id", id), ("$doc", doc), ("$ordinal", ordinal), ("$label", u.Label), ("$heading", u.Heading),
                ("$text", u.Text), ("$topics", string.Join(',', u.Topics)), ("$depth", u.Depth));
            foreach (var topic in u.Topics) Run(_topic, ("$topic", topic), ("$unit", id));
            Run(_fts, ("$id", id), ("$heading", f.Heading), ("$body", f.Body), ("$topics", f.Topics), ("$context", f.Context));
        }

        public void Meta(string key, string value) => Run(_meta, ("$key", key), ("$value", value));

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            if (command.Parameters.Count == 0)
            {
                foreach (var (name, _) in values) command.Parameters.Add(new SqliteParameter { ParameterName = name });
                command.Prepare();
            }
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}

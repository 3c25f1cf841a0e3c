using System.Globalization;
using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.IO;
using CqoDocs.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// One index file and the corpus it is built from: tells whether the file can be searched as it is and
/// rebuilds it when it is missing, damaged, outdated or stale, so that searching never fails on a bad index.
/// </summary>
/// <param name="analyzerVersion">The version of the analyzer <paramref name="analyzer"/> will build; known
/// without building it, so a fresh index is opened without loading any dictionary.</param>
/// <param name="pathIsOurs">True for the tool's own index location: whatever lies there may be replaced. For a
/// path the user named, only a file this tool wrote is replaced (see <see cref="IndexFile.IsOurs"/>).</param>
public sealed class IndexStore(string path, ICorpusSource source, string analyzerVersion, Func<Analyzer> analyzer, bool pathIsOurs = false)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);
    public ICorpusSource Source => source;

    /// <summary>Called before a rebuild that was not asked for, with the reason.</summary>
    public event Action<IndexInspection>? Rebuilding;

    /// <summary>Called when the index is found out of date, before the corpus is read to update or rebuild it.</summary>
    public event Action? Refreshing;

    /// <param name="deep">Also run SQLite's quick_check, which reads every page.</param>
    public IndexInspection Inspect(bool deep = false)
    {
        var (inspection, index) = TryOpen(deep);
        index?.Dispose();
        return inspection;
    }

    /// <summary>Builds the index anew; also clears leftover journals and temporaries of killed runs.</summary>
    public IndexBuildResult Rebuild(IProgress<IndexProgress>? progress = null)
    {
        EnsureReplaceable();
        var corpus = source.Stream();
        using var writing = Lock();
        return Build(corpus, progress);
    }

    /// <summary>The index when it matches the corpus as it stands, else null; never updates or builds.</summary>
    public SearchIndex? OpenIfFresh() => TryOpen(deep: false).Index;

    /// <summary>
    /// An open index that matches the corpus as it is now, updating or rebuilding it first when needed. A
    /// corpus changed by a few documents is updated in place (<see cref="IndexUpdater"/>); a new schema or
    /// analyzer, a damaged file or a large change is rebuilt. If the file vanishes or is replaced between the
    /// check and the opening (a concurrent rebuild), it tries again.
    /// </summary>
    public SearchIndex OpenFresh()
    {
        IndexInspection? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (inspection, index) = TryOpen(deep: false);
            if (index is not null) return index;
            last = inspection;
            EnsureReplaceable();
            using var writing = Lock();
            // Another process may have brought the index up to date while this one waited for the lock.
            (inspection, index) = TryOpen(deep: false);
            if (index is not null) return index;
            Refreshing?.Invoke();
            var corpus = source.Stream();
            if (inspection.State == IndexState.Stale && TryUpdate(corpus) is not null) continue;
            Rebuilding?.Invoke(inspection);
            Build(corpus, progress: null);
        }
        throw new CqoDocsException($"索引重建后仍不可用：{last?.Reason}", Path);
    }

    /// <summary>Null when the change is too large for an update, or readers held the file too long.</summary>
    private IndexUpdateResult? TryUpdate(CorpusStream corpus)
    {
        try
        {
            return new IndexUpdater(analyzer()).TryUpdate(Path, corpus);
        }
        catch (SqliteException)
        {
            // Busy past the wait, or a file the checks passed but SQLite cannot write: a rebuild replaces it.
            return null;
        }
    }

    private IndexBuildResult Build(CorpusStream corpus, IProgress<IndexProgress>? progress)
    {
        try
        {
            StaleTemporaries.Clean(System.IO.Path.GetDirectoryName(Path)!);
            IndexFile.RemoveStrays(Path);
            return new IndexBuilder(analyzer()).Build(corpus, source.Origin, Path, progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw CannotWrite(e);
        }
    }

    /// <summary>The index's write lock (<see cref="IndexWriteLock"/>).</summary>
    private IndexWriteLock Lock() => IndexWriteLock.Acquire(Path);

    /// <summary>A folder that cannot be written, a full disk: the user can fix these, so one line, not a trace.</summary>
    private CqoDocsException CannotWrite(Exception e) =>
        new($"无法写入索引：{e.Message}（可用 --index 或 CQODOCS_HOME 指定别处）", Path, inner: e);

    /// <summary>Refuses, in one line, to replace what is not an index of ours (the user's file, a folder, a device).</summary>
    public void EnsureReplaceable() => OutputGuard.Check(Path, path => pathIsOurs || IndexFile.IsOurs(path));

    private (IndexInspection Inspection, SearchIndex? Index) TryOpen(bool deep)
    {
        IndexFile.Recover(Path);
        var problem = IndexFile.Problem(Path);
        if (problem is not null)
        {
            return (new IndexInspection(FileKind.Of(Path) == PathKind.Missing ? IndexState.Missing : IndexState.Damaged, problem), null);
        }
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(Path);
        }
        catch (SqliteException e)
        {
            return (new IndexInspection(IndexState.Damaged, $"索引文件无法读取（{e.SqliteErrorCode}）"), null);
        }
        IndexInspection inspection;
        try
        {
            inspection = Judge(index, deep);
        }
        catch (SqliteException e)
        {
            inspection = new IndexInspection(IndexState.Damaged, $"索引文件已损坏（{e.SqliteErrorCode}）");
        }
        if (inspection.IsFresh) return (inspection, index);
        index.Dispose();
        return (inspection, null);
    }

    private IndexInspection Judge(SearchIndex index, bool deep)
    {
        var schema = index.Meta.GetValueOrDefault(IndexSchema.MetaKeys.SchemaVersion);
        if (schema != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            return new IndexInspection(IndexState.Outdated, $"索引格式版本为 {schema ?? "未知"}，当前为 {IndexSchema.Version}");
        }
        if (index.AnalyzerVersion != analyzerVersion)
        {
            return new IndexInspection(IndexState.Outdated, "分词程序或词典已更新");
        }
        if (IndexIntegrity.Problem(index.Connection, index.Meta) is { } broken)
        {
            return new IndexInspection(IndexState.Damaged, broken);
        }
        if (index.CorpusHash != source.CurrentHash())
        {
            return new IndexInspection(IndexState.Stale, "语料库已变化");
        }
        if (deep)
        {
            try
            {
                var check = index.QuickCheck();
                if (check != "ok") return new IndexInspection(IndexState.Damaged, $"索引文件已损坏：{check}");
            }
            catch (SqliteException e)
            {
                return new IndexInspection(IndexState.Damaged, $"索引文件已损坏（{e.SqliteErrorCode}）");
            }
        }
        return new IndexInspection(IndexState.Fresh, "索引是最新的");
    }
}

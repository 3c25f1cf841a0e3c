using System.Security.Cryptography;
using System.Text;
using CqoDocs.Core;

namespace CqoDocs.Search.Index;

/// <summary>
/// One writer at a time per index file, across processes: a named mutex for the file's full path (no file
/// beside the index). An update writes the file in place while a rebuild replaces it by a rename; taken
/// together, a crashed update's journal could end up beside the rebuilt file and be rolled back into it.
/// Readers never take it. A writer killed while holding it frees it (the next one sees it abandoned).
/// </summary>
internal sealed class IndexWriteLock : IDisposable
{
    private readonly Mutex? _mutex;

    private IndexWriteLock(Mutex? mutex) => _mutex = mutex;

    /// <summary>Waits for the lock (a rebuild of a large corpus holds it for seconds).</summary>
    public static IndexWriteLock Acquire(string indexPath, TimeSpan? wait = null)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(indexPath))))[..24];
        Mutex mutex;
        try
        {
            mutex = new Mutex(initiallyOwned: false, $@"Global\cqodocs-index-{key}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WaitHandleCannotBeOpenedException)
        {
            // Named mutexes need a writable temporary folder on Unix; without one, writers go unguarded as before.
            return new IndexWriteLock(null);
        }
        try
        {
            if (!mutex.WaitOne(wait ?? TimeSpan.FromMinutes(5)))
            {
                throw new CqoDocsException("索引正由另一个进程写入，等待超时", indexPath);
            }
        }
        catch (AbandonedMutexException)
        {
            // Its holder died mid-write; the mutex is ours now, and the journal it left is SQLite's to roll back.
        }
        catch
        {
            mutex.Dispose();
            throw;
        }
        return new IndexWriteLock(mutex);
    }

    public void Dispose()
    {
        _mutex?.ReleaseMutex();
        _mutex?.Dispose();
    }
}

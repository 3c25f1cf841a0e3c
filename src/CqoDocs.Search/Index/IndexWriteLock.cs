using CqoDocs.Core;

namespace CqoDocs.Search.Index;

/// <summary>
/// One writer at a time per index: a lock on a small file beside it (<c>NAME.lock</c>, left in place).
/// An update writes the file in place while a rebuild replaces it by a rename; taken together, a crashed
/// update's journal could end up beside the rebuilt file and be rolled back into it. Readers never take it.
/// </summary>
internal sealed class IndexWriteLock : IDisposable
{
    private readonly FileStream _file;

    private IndexWriteLock(FileStream file) => _file = file;

    /// <summary>Waits for the lock (a rebuild of a large corpus holds it for seconds).</summary>
    public static IndexWriteLock Acquire(string indexPath, TimeSpan? wait = null)
    {
        var path = indexPath + ".lock";
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock held until the stream is closed, on Unix as on Windows.
                return new IndexWriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new CqoDocsException($"无法锁定索引以写入（另一个进程正在写入，或文件夹不可写）：{e.Message}", indexPath, inner: e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}

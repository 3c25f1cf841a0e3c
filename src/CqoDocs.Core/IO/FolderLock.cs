namespace CqoDocs.Core.IO;

/// <summary>
/// One writer at a time in a folder, across processes: an exclusive lock on a hidden lock file, waited for
/// up to a timeout. The file stays (deleting it would race with the next taker); the lock goes with the
/// process, so a killed run never leaves the folder locked.
/// </summary>
public sealed class FolderLock : IDisposable
{
    public const string FileName = ".cqodocs.lock";

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    public static FolderLock Acquire(string folder, TimeSpan timeout)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && FileKind.Of(path) == PathKind.RegularFile)
            {
                Thread.Sleep(Random.Shared.Next(20, 80));
            }
            catch (IOException e)
            {
                throw new CqoDocsException($"文件夹正被另一个 cqodocs 进程写入，等待超时（{e.Message}）", folder, inner: e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new CqoDocsException($"无法写入：{e.Message}", folder, inner: e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

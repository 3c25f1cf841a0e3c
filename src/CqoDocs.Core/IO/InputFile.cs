namespace CqoDocs.Core.IO;

/// <summary>
/// Reads an input whole, within bounds: only a regular file (a device, FIFO or socket is refused before it
/// is opened), only up to a size limit checked before reading and again while reading (a file may grow).
/// Failures are one-line <see cref="CqoDocsException"/>s naming <c>shown</c>.
/// </summary>
public static class InputFile
{
    /// <summary>The largest input the tool reads: larger files are not notices, corpus files or data files.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path, string shown, long maxBytes = MaxBytes)
    {
        switch (FileKind.Of(path))
        {
            case PathKind.Missing: throw new CqoDocsException("文件不存在", shown);
            case PathKind.Directory: throw new CqoDocsException("这是文件夹，不是文件", shown);
            case PathKind.Other: throw new CqoDocsException("不是普通文件（设备、管道或套接字），不读取", shown);
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > maxBytes) throw TooLarge(shown, length, maxBytes);
            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0) return buffer[..read];
                read += n;
            }
            // It grew while we read: take what is there, within the limit.
            using var rest = new MemoryStream();
            rest.Write(buffer);
            var chunk = new byte[81920];
            int more;
            while ((more = stream.Read(chunk)) > 0)
            {
                if (rest.Length + more > maxBytes) throw TooLarge(shown, rest.Length + more, maxBytes);
                rest.Write(chunk, 0, more);
            }
            return rest.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"无法读取：{e.Message}", shown, inner: e);
        }
    }

    private static CqoDocsException TooLarge(string shown, long length, long max) =>
        new($"文件过大（{Math.Ceiling(length / 1048576.0)} MB，上限 {max / 1048576} MB）", shown);
}

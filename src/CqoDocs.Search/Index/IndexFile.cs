using System.Buffers.Binary;
using CqoDocs.Core.IO;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>File-level facts about an index: the cheap checks made before SQLite opens it, and the final move.</summary>
internal static class IndexFile
{
    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    /// <summary>Written into every index's header (PRAGMA application_id): "CQOD".</summary>
    public const int ApplicationId = 0x43514F44;

    /// <summary>Files SQLite keeps beside a database while writing it in place; this tool never does, so any of them is a leftover.</summary>
    private static readonly string[] StraySuffixes = ["-journal", "-wal", "-shm"];

    /// <summary>
    /// Null when the file looks like a whole SQLite database; otherwise why not (missing, empty, not SQLite,
    /// truncated). Reads only the 100-byte header, so it is cheap enough for every search.
    /// </summary>
    public static string? Problem(string path)
    {
        FileInfo info;
        try
        {
            switch (FileKind.Of(path))
            {
                case PathKind.Directory: return "索引位置是一个文件夹";
                case PathKind.Other: return "索引位置不是普通文件（设备、管道或套接字）";
            }
            info = new FileInfo(path);
            if (!info.Exists) return "索引文件不存在";
            if (Strays(path).FirstOrDefault() is { } stray) return $"索引旁有残留的日志文件 {System.IO.Path.GetFileName(stray)}";
            if (info.Length < 100) return "索引文件为空或不完整";
            Span<byte> header = stackalloc byte[100];
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                stream.ReadExactly(header);
            }
            if (!header[..16].SequenceEqual(Magic)) return "索引文件已损坏（不是 SQLite 数据库）";
            int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
            if (pageSize == 1) pageSize = 65536;
            if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) return "索引文件已损坏（页大小无效）";
            var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
            var pageCount = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
            var validFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
            if (info.Length % pageSize != 0) return "索引文件不完整（被截断）";
            // The in-header size is authoritative only when written by the same change as the counter.
            if (validFor == changeCounter && pageCount > 0 && info.Length < (long)pageCount * pageSize)
            {
                return "索引文件不完整（被截断）";
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"无法读取索引文件：{e.Message}";
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> is an index this tool wrote, even a damaged one, so that
    /// replacing it loses nothing: an empty file, our application id in a SQLite header (or the start of one),
    /// or an older index that still opens and holds our meta table. Anything else is the user's.
    /// </summary>
    public static bool IsOurs(string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[100];
            int read;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }
            if (read == 0) return true;
            if (read < Magic.Length) return Magic.StartsWith(header[..read]);
            if (!header[..Magic.Length].SequenceEqual(Magic)) return false;
            if (read < 72) return true;
            if (BinaryPrimitives.ReadInt32BigEndian(header[68..]) == ApplicationId) return true;
            using var index = SearchIndex.Open(path);
            return index.Meta.ContainsKey(IndexSchema.MetaKeys.SchemaVersion);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            return false;
        }
    }

    /// <summary>Leftover journal files beside the index.</summary>
    public static IEnumerable<string> Strays(string path) =>
        StraySuffixes.Select(s => path + s).Where(p => File.Exists(p) || Directory.Exists(p));

    public static void RemoveStrays(string path)
    {
        foreach (var stray in Strays(path).ToList())
        {
            if (FileKind.Of(stray) == PathKind.RegularFile) AtomicFile.TryDelete(stray);
        }
    }

    public static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Moves a finished index over the old one. On Unix a rename never disturbs readers (they keep the old
    /// file open); on Windows an open reader blocks the move for a moment, so it is retried briefly.
    /// </summary>
    public static void Replace(string finished, string target)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                File.Move(finished, target, overwrite: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 20)
            {
                Thread.Sleep(50);
            }
        }
    }
}

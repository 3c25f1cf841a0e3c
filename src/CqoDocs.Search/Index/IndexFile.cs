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

    /// <summary>Files SQLite keeps beside a database while writing it in place. A rebuild removes them all; the
    /// rollback journal of an update is SQLite's to roll back (<see cref="Recover"/>), but this tool never uses
    /// write-ahead logging, so a -wal or -shm file is a leftover of some other program.</summary>
    private static readonly string[] StraySuffixes = ["-journal", "-wal", "-shm"];

    private static readonly string[] ForeignSuffixes = ["-wal", "-shm"];

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
            if (ForeignSuffixes.Select(s => path + s).FirstOrDefault(Exists) is { } stray) return $"索引旁有残留的日志文件 {System.IO.Path.GetFileName(stray)}";
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

    /// <summary>Journal files beside the index.</summary>
    public static IEnumerable<string> Strays(string path) => StraySuffixes.Select(s => path + s).Where(Exists);

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>
    /// When a rollback journal lies beside the index, lets SQLite deal with it: an update still writing keeps
    /// it (the reader waits or reads the old state), a crashed update's journal is rolled back, restoring the
    /// index as it was before that update; a journal that is not one is discarded. Best effort: if the
    /// journal cannot be dealt with, opening the index read-only fails and the index is rebuilt.
    /// </summary>
    public static void Recover(string path)
    {
        if (!File.Exists(path + "-journal")) return;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            // Reading takes a shared lock, and SQLite rolls a hot journal back before it reads.
            command.CommandText = "PRAGMA busy_timeout = 5000; SELECT count(*) FROM sqlite_master;";
            command.ExecuteScalar();
        }
        catch (SqliteException)
        {
        }
    }

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

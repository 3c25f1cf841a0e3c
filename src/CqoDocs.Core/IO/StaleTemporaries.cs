using System.Text.RegularExpressions;

namespace CqoDocs.Core.IO;

/// <summary>
/// Removes what a killed run left behind in a folder: only entries named as this tool names its temporaries
/// (".NAME.{32 hex digits}.tmp", see <see cref="AtomicFile.TempPathBeside"/>) and older than
/// <see cref="MinimumAge"/>, so a run still writing is never disturbed.
/// </summary>
public static partial class StaleTemporaries
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(10);

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp(?:-journal|-wal|-shm)?$")]
    private static partial Regex OurTemporary();

    public static bool IsOurs(string name) => OurTemporary().IsMatch(name);

    /// <summary>Best effort: a folder that cannot be listed or an entry that cannot be removed is left alone.</summary>
    public static void Clean(string folder, DateTime? nowUtc = null)
    {
        var cutoff = (nowUtc ?? DateTime.UtcNow) - MinimumAge;
        try
        {
            if (!Directory.Exists(folder)) return;
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos(".*.tmp*"))
            {
                if (!IsOurs(entry.Name) || entry.LastWriteTimeUtc > cutoff) continue;
                try
                {
                    if (entry is DirectoryInfo directory && entry.LinkTarget is null) directory.Delete(recursive: true);
                    else entry.Delete();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

using System.Runtime;
using CqoDocs.Cli.Commands;

namespace CqoDocs.Cli;

/// <summary>
/// Multicore JIT for a cold start (<see cref="ProfileOptimization"/>). ReadyToRun leaves some code to the JIT:
/// the framework's generic collections and LINQ over the tool's own types, which no image can hold. The runtime
/// records which methods a command compiled, in a small file per command beside the segmenter cache, and every
/// later run of that command compiles them on a spare core before the main thread reaches them. A missing, stale
/// or unreadable profile only means that run compiles on the way, as it would without one.
/// </summary>
internal static class JitProfile
{
    private static int s_recording;

    public static void Start(string folder, IReadOnlyList<string> args)
    {
        // Only a command's own name names a file: a typo or an option must not leave one behind.
        if (args.Count == 0 || !CommandCatalog.Names.Contains(args[0], StringComparer.Ordinal)) return;
        try
        {
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(args[0] + ".jitprofile");
            s_recording = 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written: this run compiles as it goes.
        }
    }

    /// <summary>
    /// Ends the recording and writes the profile as it stands, before work that most runs of the command do not
    /// do (building the segmenter after an install or upgrade, a search that first rebuilds its index): the runtime
    /// keeps every assembly a profile ever named, so every later run would load that work's assemblies on the spare
    /// core for nothing.
    /// </summary>
    public static void Stop()
    {
        // The segmenter's build and the index's refresh may both stop it, on two threads.
        if (Interlocked.Exchange(ref s_recording, 0) == 1) ProfileOptimization.StartProfile(null);
    }
}

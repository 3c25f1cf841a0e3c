using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CqoDocs.Bench;

/// <summary>
/// Time of a whole `cqodocs search` process on the bundled corpus: with the index present, on a first run
/// (no index: the search builds it), and of `cqodocs --version` for scale. CPU time (user + system, from
/// getrusage of the children; Linux) is reported beside wall time, as wall time on a loaded
/// machine is mostly waiting for a core. Needs the CLI built first: `dotnet build -c Release src/CqoDocs.Cli`,
/// or `--exe` naming an installed tool. Target with the index present: CPU time ≤ 3 × `--version`'s.
/// </summary>
public sealed class SearchColdStartScenario : IScenario
{
    public string Name => "search-cold";
    public string Description => "cqodocs search 进程冷启动耗时（有索引 / 首次运行）[--exe PATH] [--runs N] [--query Q]";

    public int Run(string[] args, TextWriter output)
    {
        var runs = IndexBenchCorpus.IntOption(args, "--runs", 10);
        if (Cli(args, output) is not { } exe) return 1;
        var query = Option(args, "--query") ?? "任职条件";
        var home = Path.Combine(Path.GetTempPath(), $"cqodocs-cold-{Guid.NewGuid():N}");
        try
        {
            var first = new List<(double, double)>();
            for (var i = 0; i < runs; i++)
            {
                if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
                first.Add(Time(exe, home, "search", query));
            }
            var present = new List<(double, double)>();
            for (var i = 0; i < runs; i++) present.Add(Time(exe, home, "search", query));
            var version = new List<(double, double)>();
            for (var i = 0; i < runs; i++) version.Add(Time(exe, home, "--version"));
            output.WriteLine($"exe: {exe}; query: {query}; {runs} runs each");
            output.WriteLine($"index present: {Summary(present)}");
            output.WriteLine($"first run (builds the index): {Summary(first)}");
            output.WriteLine($"--version: {Summary(version)}");
            output.WriteLine($"search / --version, wall medians: {Median(present, t => t.Wall) / Median(version, t => t.Wall):0.00}×");
            if (ChildCpu.Available)
            {
                output.WriteLine($"search / --version, CPU medians: {Median(present, t => t.Cpu) / Median(version, t => t.Cpu):0.0}×");
            }
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Time(string exe, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CQODOCS_HOME"] = home;
        start.Environment.Remove("CQODOCS_CORPUS");
        var cpuBefore = ChildCpu.Milliseconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"cqodocs exited {process.ExitCode}");
        return (ms, ChildCpu.Milliseconds() - cpuBefore);
    }

    private static string Summary(List<(double Wall, double Cpu)> times)
    {
        var wall = times.Select(t => t.Wall).Order().ToList();
        var line = $"wall median {wall[wall.Count / 2]:0} ms, min {wall[0]:0} ms, max {wall[^1]:0} ms";
        if (!ChildCpu.Available) return line;
        var cpu = times.Select(t => t.Cpu).Order().ToList();
        return line + $"; CPU median {cpu[cpu.Count / 2]:0} ms, min {cpu[0]:0} ms, max {cpu[^1]:0} ms";
    }

    private static double Median(List<(double Wall, double Cpu)> times, Func<(double Wall, double Cpu), double> of)
    {
        var sorted = times.Select(of).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>CPU time of this process's finished children, from getrusage(RUSAGE_CHILDREN).</summary>
    internal static class ChildCpu
    {
        private const int RusageChildren = -1;

        public static bool Available { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

        public static double Milliseconds()
        {
            if (!Available || GetRusage(RusageChildren, out var usage) != 0) return 0;
            return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
        }

        /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
        [StructLayout(LayoutKind.Sequential)]
        private struct Rusage
        {
            public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
            public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
        }

        [DllImport("libc", EntryPoint = "getrusage")]
        private static extern int GetRusage(int who, out Rusage usage);
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The Release build of the CLI, found from the current folder upwards.</summary>
    /// <summary>The cqodocs to run (--exe, else the Release build), or null after saying how to make one.</summary>
    internal static string? Cli(string[] args, TextWriter output)
    {
        var exe = Option(args, "--exe") ?? FindCli();
        if (exe is not null && File.Exists(exe)) return exe;
        output.WriteLine("找不到 cqodocs：先运行 dotnet build -c Release src/CqoDocs.Cli，或用 --exe 指明");
        return null;
    }

    internal static string? FindCli()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "CqoDocs.Cli", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "cqodocs.exe" : "cqodocs");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

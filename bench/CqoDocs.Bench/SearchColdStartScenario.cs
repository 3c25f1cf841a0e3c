using System.Diagnostics;

namespace CqoDocs.Bench;

/// <summary>
/// Wall time of a whole `cqodocs search` process on the bundled corpus: with the index present, and on a
/// first run (no index: the search builds it). Needs the CLI built first:
/// `dotnet build -c Release src/CqoDocs.Cli`. Target with the index present: &lt; 300 ms.
/// </summary>
public sealed class SearchColdStartScenario : IScenario
{
    public string Name => "search-cold";
    public string Description => "cqodocs search 进程冷启动耗时（有索引 / 首次运行）[--exe PATH] [--runs N] [--query Q]";

    public int Run(string[] args, TextWriter output)
    {
        var runs = IndexBenchCorpus.IntOption(args, "--runs", 10);
        var exe = Option(args, "--exe") ?? FindCli();
        if (exe is null || !File.Exists(exe))
        {
            output.WriteLine("找不到 cqodocs：先运行 dotnet build -c Release src/CqoDocs.Cli，或用 --exe 指明");
            return 1;
        }
        var query = Option(args, "--query") ?? "任职条件";
        var home = Path.Combine(Path.GetTempPath(), $"cqodocs-cold-{Guid.NewGuid():N}");
        try
        {
            var first = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
                first.Add(Time(exe, home, query));
            }
            var present = new List<double>();
            for (var i = 0; i < runs; i++) present.Add(Time(exe, home, query));
            output.WriteLine($"exe: {exe}; query: {query}; {runs} runs each");
            output.WriteLine($"index present: {Summary(present)}");
            output.WriteLine($"first run (builds the index): {Summary(first)}");
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
        }
    }

    private static double Time(string exe, string home, string query)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("search");
        start.ArgumentList.Add(query);
        start.Environment["CQODOCS_HOME"] = home;
        start.Environment.Remove("CQODOCS_CORPUS");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"cqodocs exited {process.ExitCode}");
        return ms;
    }

    private static string Summary(List<double> times)
    {
        times.Sort();
        return $"median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms";
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The Release build of the CLI, found from the current folder upwards.</summary>
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

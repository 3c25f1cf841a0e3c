using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CqoDocs.Core.Corpus;

namespace CqoDocs.Bench;

/// <summary>
/// The workbench as a drafter meets it: `cqodocs serve` started as its own process. (1) From process start to
/// the first page answered, on the bundled corpus and on the generated library, index present. Target &lt; 1 s.
/// (2) The search page over a generated library of 50,000 units (2,000 notices), one query after another:
/// the whole HTTP answer on loopback, so an upper bound of the server's render time. Target &lt; 50 ms.
/// Needs the CLI built first: `dotnet build -c Release src/CqoDocs.Cli`.
/// </summary>
public sealed class WorkbenchSpeedScenario : IScenario
{
    /// <summary>What drafters type, with and without the search page's filters (all in the address).</summary>
    private static readonly string[] Searches =
    [
        "q=任职条件", "q=职责", "q=首席质量官", "q=一票否决", "q=继续教育 培训", "q=聘期", "q=质量安全 考核", "q=備案",
        "q=任职条件&topic=qualifications", "q=职责&region=广东省", "q=培训&kind=measures", "q=质量&year=2016",
        "q=首席质量官 职责&topic=duties&kind=opinion", "q=企业&p=3",
    ];

    public string Name => "workbench";
    public string Description => "工作台：启动到首页应答、5 万条目文件库上检索页的应答时间 [--exe PATH] [--units N] [--runs N] [--requests N]";

    public int Run(string[] args, TextWriter output)
    {
        if (SearchColdStartScenario.Cli(args, output) is not { } exe) return 1;
        var units = IndexBenchCorpus.IntOption(args, "--units", 50_000);
        var runs = IndexBenchCorpus.IntOption(args, "--runs", 10);
        var requests = IndexBenchCorpus.IntOption(args, "--requests", 500);
        var root = Directory.CreateTempSubdirectory("cqodocs-bench-web-").FullName;
        try
        {
            var corpus = Path.Combine(root, "corpus");
            Directory.CreateDirectory(corpus);
            foreach (var document in IndexBenchCorpus.Generate(IndexBenchCorpus.Source(args), units))
            {
                File.WriteAllText(Path.Combine(corpus, document.Id + ".md"), CorpusMarkdown.Write(document));
            }
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };

            var bundled = Path.Combine(root, "home-bundled");
            using (Serve(exe, bundled, null, out var address)) FirstPage(client, address);
            output.WriteLine($"start to first page, bundled corpus: {Startup(Enumerable.Range(0, runs).Select(_ => StartToFirstPage(exe, bundled, null, client)).ToList())}");

            var home = Path.Combine(root, "home");
            var build = Stopwatch.StartNew();
            using (var server = Serve(exe, home, corpus, out var address))
            {
                FirstPage(client, address);
                Get(client, address + "?q=" + Uri.EscapeDataString("任职条件"));
                output.WriteLine($"first search on a fresh {units}-unit library (loads {Directory.GetFiles(corpus).Length} files, builds the index): {build.Elapsed.TotalSeconds:0.0} s");
                SearchPages(client, address, requests, output);
            }
            output.WriteLine($"start to first page, {units}-unit library, index present: {Startup(Enumerable.Range(0, runs).Select(_ => StartToFirstPage(exe, home, corpus, client)).ToList())}");
            output.WriteLine($"exe: {exe}; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, load average {LoadAverage()}");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void SearchPages(HttpClient client, string address, int requests, TextWriter output)
    {
        var paths = Enumerable.Range(0, requests).Select(i => "?" + Escape(Searches[i % Searches.Length])).ToList();
        foreach (var path in paths.Take(Searches.Length * 2)) Get(client, address + path);
        var all = new List<double>();
        var byShape = new Dictionary<string, List<double>>();
        var watch = new Stopwatch();
        for (var i = 0; i < paths.Count; i++)
        {
            watch.Restart();
            Get(client, address + paths[i]);
            var ms = watch.Elapsed.TotalMilliseconds;
            all.Add(ms);
            var shape = Searches[i % Searches.Length];
            if (!byShape.TryGetValue(shape, out var list)) byShape[shape] = list = [];
            list.Add(ms);
        }
        output.WriteLine($"search page, {requests} requests: {Percentiles(all)}");
        foreach (var (shape, times) in byShape.OrderByDescending(p => p.Value.Order().ElementAt(p.Value.Count / 2)))
        {
            output.WriteLine($"  {shape,-40} {Percentiles(times)}");
        }
    }

    /// <summary>
    /// From starting the process to the first answered home page: wall time, and the processor time the server
    /// used by then (steadier than wall time on a busy machine). The process is then stopped.
    /// </summary>
    private static (double Wall, double Cpu) StartToFirstPage(string exe, string home, string? corpus, HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        using var server = Serve(exe, home, corpus, out var address);
        FirstPage(client, address);
        return (watch.Elapsed.TotalMilliseconds, server.ProcessorTime.TotalMilliseconds);
    }

    /// <summary>Polls the home page until the server answers it (connection refused means not listening yet).</summary>
    private static void FirstPage(HttpClient client, string address)
    {
        while (true)
        {
            try
            {
                Get(client, address);
                return;
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException)
            {
                Thread.Sleep(5);
            }
        }
    }

    private static void Get(HttpClient client, string url)
    {
        using var response = client.GetAsync(url).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
    }

    private static Server Serve(string exe, string home, string? corpus, out string address)
    {
        var port = FreePort();
        address = $"http://127.0.0.1:{port}/";
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--port", port.ToString() }) start.ArgumentList.Add(arg);
        if (corpus is not null)
        {
            start.ArgumentList.Add("--corpus");
            start.ArgumentList.Add(corpus);
        }
        start.Environment["CQODOCS_HOME"] = home;
        start.Environment.Remove("CQODOCS_CORPUS");
        return new Server(Process.Start(start)!);
    }

    /// <summary>The 1-minute load average (Linux), to judge how busy the machine was; "?" elsewhere.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Escape(string query) =>
        string.Join('&', query.Split('&').Select(p => p.Split('=', 2) is [var k, var v] ? $"{k}={Uri.EscapeDataString(v)}" : p));

    private static string Startup(List<(double Wall, double Cpu)> runs)
    {
        static string Range(List<double> times)
        {
            times.Sort();
            return $"median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0})";
        }
        return $"wall {Range(runs.Select(r => r.Wall).ToList())}, server CPU {Range(runs.Select(r => r.Cpu).ToList())}, {runs.Count} runs";
    }

    private static string Percentiles(List<double> times)
    {
        var sorted = times.Order().ToList();
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        return $"p50 {P(0.50):0.0} ms, p90 {P(0.90):0.0} ms, p99 {P(0.99):0.0} ms, max {sorted[^1]:0.0} ms";
    }

    /// <summary>The server process, killed with its children when the measurement is done.</summary>
    private sealed class Server(Process process) : IDisposable
    {
        public TimeSpan ProcessorTime
        {
            get
            {
                process.Refresh();
                return process.TotalProcessorTime;
            }
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}

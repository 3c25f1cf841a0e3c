using CqoDocs.Search.Index;
using Spectre.Console;

namespace CqoDocs.Cli.Output;

/// <summary>A progress bar for builds of large corpora on a terminal; nothing at all when output is redirected.</summary>
internal static class IndexProgressBar
{
    /// <summary>Below this many units a build takes about a second: no bar.</summary>
    private const int Threshold = 2000;

    public static IndexBuildResult Run(CliContext context, Func<IProgress<IndexProgress>?, IndexBuildResult> build)
    {
        if (!context.Interactive) return build(null);
        IndexBuildResult? result = null;
        Terminal.For(context).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask? task = null;
                result = build(new Reporter(p =>
                {
                    if (p.Total < Threshold) return;
                    task ??= progress.AddTask("分词并建立索引", maxValue: p.Total);
                    task.Value = p.Done;
                }));
            });
        return result!;
    }

    /// <summary>Reports straight away from the worker threads (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Reporter(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        private readonly Lock _gate = new();

        public void Report(IndexProgress value)
        {
            lock (_gate) report(value);
        }
    }
}

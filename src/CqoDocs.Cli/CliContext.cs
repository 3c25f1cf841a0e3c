using CqoDocs.Core;
using CqoDocs.Core.Corpus;

namespace CqoDocs.Cli;

/// <summary>
/// What a command may touch: its output streams and the environment it was started in. Tests build one
/// with string writers and their own folders instead of the real console and home directory.
/// </summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    /// <summary>Working directory used to resolve relative paths and a local corpus/ folder.</summary>
    public required string WorkingDirectory { get; init; }
    /// <summary>CQODOCS_HOME, or the per-user data folder: where the index lives.</summary>
    public required string HomeDirectory { get; init; }
    /// <summary>CQODOCS_CORPUS when set: a corpus folder that replaces the bundled one.</summary>
    public string? CorpusDirectory { get; init; }
    /// <summary>False when output is redirected: no colours, no progress bars.</summary>
    public bool Interactive { get; init; }
    /// <summary>Columns of the terminal when known (tests set it); otherwise the console is asked.</summary>
    public int? Width { get; init; }

    public static CliContext FromEnvironment(TextWriter output, TextWriter error)
    {
        var home = Environment.GetEnvironmentVariable("CQODOCS_HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.DoNotVerify), "cqodocs");
        }
        var corpus = Environment.GetEnvironmentVariable("CQODOCS_CORPUS");
        return new CliContext
        {
            Out = output,
            Error = error,
            WorkingDirectory = Environment.CurrentDirectory,
            HomeDirectory = home,
            CorpusDirectory = string.IsNullOrWhiteSpace(corpus) ? null : corpus,
            Interactive = !Console.IsOutputRedirected,
        };
    }

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The corpus folder a command should read (--corpus, else CQODOCS_CORPUS), or null for the bundled one.</summary>
    public string? CorpusFolder(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? ResolvePath(option)
        : CorpusDirectory is not null ? ResolvePath(CorpusDirectory)
        : null;

    public CorpusSet LoadCorpus(string? option)
    {
        var folder = CorpusFolder(option);
        return folder is null ? CorpusLoader.LoadBundled() : CorpusLoader.LoadDirectory(folder);
    }

    /// <summary>
    /// Runs a command body: a <see cref="CqoDocsException"/> becomes one line on stderr and exit code 1,
    /// so a user never sees a stack trace for input they can fix.
    /// </summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CqoDocsException e)
        {
            Error.WriteLine($"cqodocs: {e.OneLine()}");
            return ExitCodes.BadInput;
        }
    }
}

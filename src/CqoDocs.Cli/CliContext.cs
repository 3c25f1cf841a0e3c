using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Search.Index;

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
    /// <summary>CQODOCS_HOME, or the per-user data folder: where the index and the user's library live.</summary>
    public required string HomeDirectory { get; init; }
    /// <summary>CQODOCS_CORPUS when set: a corpus folder that replaces the bundled one and the library.</summary>
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

    /// <summary>The corpus folder a command should read (--corpus, else CQODOCS_CORPUS), or null for the bundled corpus plus the library.</summary>
    public string? CorpusFolder(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? ResolvePath(option)
        : CorpusDirectory is not null ? ResolvePath(CorpusDirectory)
        : null;

    /// <summary>The user's own library: where import writes by default, read with the bundled corpus.</summary>
    public string LibraryFolder => UserLibrary.FolderIn(HomeDirectory);

    /// <summary>
    /// The documents a command answers from: the --corpus folder only, else the bundled corpus plus the
    /// user's library. Each file that cannot be read is named on stderr, one line each; the rest still load.
    /// </summary>
    public CorpusSet LoadCorpus(string? option, bool reportProblems = true)
    {
        var folder = CorpusFolder(option);
        var set = folder is null ? CorpusLoader.LoadWithLibrary(LibraryFolder) : CorpusLoader.LoadDirectory(folder);
        if (reportProblems) ReportProblems(set.Problems.Select(p => p.OneLine()));
        return set;
    }

    /// <summary>What the index of the same documents is built from (see <see cref="LoadCorpus"/>).</summary>
    public ICorpusSource CorpusSource(string? option)
    {
        var folder = CorpusFolder(option);
        var state = CorpusSources.DefaultStateFile(HomeDirectory, folder);
        return folder is null ? CorpusSources.WithLibrary(LibraryFolder, state) : CorpusSources.Folder(folder, state);
    }

    public void ReportProblems(IEnumerable<string> problems)
    {
        foreach (var problem in problems) Error.WriteLine($"cqodocs: {problem}（已跳过）");
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

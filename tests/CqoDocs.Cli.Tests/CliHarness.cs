using CqoDocs.Cli;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Tests;

/// <summary>
/// Runs the command line in-process against string writers and a temporary home folder, so tests read
/// exactly what a user would see. Dispose removes the folder.
/// </summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness(string? corpusDirectory = null)
    {
        Root = Directory.CreateTempSubdirectory("cqodocs-cli-").FullName;
        Home = Path.Combine(Root, "home");
        CorpusDirectory = corpusDirectory;
    }

    /// <summary>A fresh folder for the test's own files; also the working directory of the runs.</summary>
    public string Root { get; }
    public string Home { get; }
    public string? CorpusDirectory { get; set; }
    /// <summary>Set to run as on a terminal this many columns wide; null (the default) runs with output redirected.</summary>
    public int? TerminalWidth { get; set; }

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            WorkingDirectory = Root,
            HomeDirectory = Home,
            CorpusDirectory = CorpusDirectory,
            Interactive = TerminalWidth is not null,
            Width = TerminalWidth,
        };
        var code = Cli.Run(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public string File(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Writes documents as corpus files into Root/corpus and makes that the corpus the runs read.</summary>
    public void SaveCorpus(params IEnumerable<Document> documents)
    {
        var folder = CorpusDirectory ?? File("corpus");
        Directory.CreateDirectory(folder);
        foreach (var d in documents) System.IO.File.WriteAllText(Path.Combine(folder, d.Id + ".md"), CorpusMarkdown.Write(d));
        CorpusDirectory = folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The one line an error writes to stderr ("cqodocs: …"); fails the test if there are more.</summary>
    public string SingleErrorLine()
    {
        var line = Assert.Single(Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("cqodocs: ", line);
        Assert.DoesNotContain("   at ", Error);
        return line;
    }

    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}\n--- err ---\n{Error}";
}

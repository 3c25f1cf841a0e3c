using System.Diagnostics;
using CqoDocs.Cli.Commands;

namespace CqoDocs.Cli.Tests;

public sealed class JitProfileTests
{
    [Fact]
    public void The_catalog_names_every_command_it_creates_in_order()
    {
        using var cli = new CliHarness();
        var context = new CliContext { Out = TextWriter.Null, Error = TextWriter.Null, WorkingDirectory = cli.Root, HomeDirectory = cli.Home };
        Assert.Equal(CommandCatalog.Create(context).Select(c => c.Name), CommandCatalog.Names);
    }

    [Fact]
    public void A_command_run_as_a_process_leaves_its_profile_and_an_option_or_a_typo_leaves_none()
    {
        using var cli = new CliHarness();
        Assert.Equal(0, RunTool(cli.Home, "--version"));
        Assert.NotEqual(0, RunTool(cli.Home, "serch", "质量"));
        Assert.Empty(Profiles(cli.Home));

        Assert.Equal(0, RunTool(cli.Home, "search", "质量", "--limit", "1"));
        var profile = Assert.Single(Profiles(cli.Home));
        Assert.Equal("search.jitprofile", Path.GetFileName(profile));
        Assert.True(new FileInfo(profile).Length > 0);
    }

    [Fact]
    public void A_search_that_first_builds_its_index_leaves_the_building_out_of_the_profile()
    {
        using var cli = new CliHarness();
        // A fresh home: this search builds the segmenter and parses the corpus (Markdig, YamlDotNet) to build the index.
        Assert.Equal(0, RunTool(cli.Home, "search", "质量", "--limit", "1"));
        var first = ModulesIn(Assert.Single(Profiles(cli.Home)));
        Assert.DoesNotContain("Markdig", first);
        Assert.DoesNotContain("System.IO.Compression", first); // the bundled lexicons are compressed

        Assert.Equal(0, RunTool(cli.Home, "search", "质量", "--limit", "1"));
        var modules = ModulesIn(Assert.Single(Profiles(cli.Home)));
        Assert.Contains("CqoDocs.Search", modules);
        Assert.DoesNotContain("Markdig", modules);
        Assert.DoesNotContain("YamlDotNet", modules);
    }

    [Fact]
    public void A_damaged_profile_is_ignored_and_written_anew()
    {
        using var cli = new CliHarness();
        Assert.Equal(0, RunTool(cli.Home, "search", "质量", "--limit", "1"));
        var profile = Assert.Single(Profiles(cli.Home));
        File.WriteAllBytes(profile, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);

        Assert.Equal(0, RunTool(cli.Home, "search", "质量", "--limit", "1"));
        Assert.Contains("CqoDocs.Search", ModulesIn(profile));
    }

    /// <summary>The profile names the assemblies it covers in plain ASCII.</summary>
    private static string ModulesIn(string profile) => System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(profile));

    private static string[] Profiles(string home)
    {
        var cache = Path.Combine(home, "cache");
        return Directory.Exists(cache) ? Directory.GetFiles(cache, "*.jitprofile") : [];
    }

    /// <summary>The tool as its own process: the profile is the runtime's, written when the process ends.</summary>
    private static int RunTool(string home, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cqodocs.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CQODOCS_HOME"] = home;
        start.Environment.Remove("CQODOCS_CORPUS");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return process.ExitCode;
    }
}

using System.Diagnostics;
using CqoDocs.Core.IO;
using CqoDocs.Core.Tests.Import;

namespace CqoDocs.Core.Tests.IO;

public class InputFileTests
{
    /// <summary>A named pipe: opening it for reading would block until someone writes.</summary>
    internal static string MakeFifo(TemporaryFolder folder)
    {
        var path = folder.File("pipe.txt");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }

    [Fact]
    public void A_regular_file_a_folder_a_device_and_a_pipe_are_told_apart()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), "甲");

        Assert.Equal(PathKind.RegularFile, FileKind.Of(folder.File("a.txt")));
        Assert.Equal(PathKind.Directory, FileKind.Of(folder.Path));
        Assert.Equal(PathKind.Other, FileKind.Of("/dev/zero"));
        Assert.Equal(PathKind.Other, FileKind.Of(MakeFifo(folder)));
        Assert.Equal(PathKind.Missing, FileKind.Of(folder.File("none.txt")));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_without_being_read(string device)
    {
        if (!File.Exists(device)) return;

        var e = Assert.Throws<CqoDocsException>(() => InputFile.ReadAllBytes(device, "x.txt"));

        Assert.Equal("x.txt", e.File);
    }

    [Fact]
    public async Task A_pipe_is_refused_at_once()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TemporaryFolder();
        var fifo = MakeFifo(folder);

        var read = Task.Run(() => Assert.Throws<CqoDocsException>(() => InputFile.ReadAllBytes(fifo, "pipe.txt")));

        Assert.Same(read, await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        using var folder = new TemporaryFolder();
        using (var f = File.Create(folder.File("big.txt"))) f.SetLength(2048);

        var e = Assert.Throws<CqoDocsException>(() => InputFile.ReadAllBytes(folder.File("big.txt"), "big.txt", maxBytes: 1024));

        Assert.Contains("过大", e.Message);
    }

    [Fact]
    public void A_symbolic_link_to_a_file_is_read_through()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), "甲");
        File.CreateSymbolicLink(folder.File("link.txt"), folder.File("a.txt"));

        Assert.Equal("甲"u8.ToArray(), InputFile.ReadAllBytes(folder.File("link.txt"), "link.txt"));
    }
}

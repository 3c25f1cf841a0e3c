using System.Text;

namespace CqoDocs.Cli.Tests;

/// <summary>segment --input reads every encoding import reads, with import's own decoder.</summary>
public sealed class SegmentEncodingTests : IDisposable
{
    private const string Text = "首席质量官负责企业质量管理体系的建立。";
    private readonly CliHarness _cli = new();

    static SegmentEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> Encodings => new() { "gbk", "gb18030", "utf-16", "utf-16BE", "utf-32" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_in_any_encoding_import_reads_gives_the_same_words(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        File.WriteAllBytes(_cli.File("in.txt"), [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]);
        var expected = _cli.Run("segment", Text).Out;

        var r = _cli.Run("segment", "--input", "in.txt");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Out);
        Assert.StartsWith("首席\n质量\n官\n", r.Out);
    }

    [Fact]
    public void A_large_gbk_file_is_read_past_the_block_that_decided_its_encoding()
    {
        var line = string.Concat(Enumerable.Repeat(Text, 20)) + "\n";
        var body = string.Concat(Enumerable.Repeat(line, 400)) + "最后一行质量管理";
        File.WriteAllBytes(_cli.File("big.txt"), Encoding.GetEncoding("gbk").GetBytes(body));

        var r = _cli.Run("segment", "--input", "big.txt");

        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("最后\n一行\n质量\n管理\n", r.Out);
        Assert.Equal(400 * 20 * 10 + 4, r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_binary_file_is_one_line_naming_it_and_exit_1()
    {
        File.WriteAllBytes(_cli.File("x.bin"), [0x50, 0x4B, 3, 4, 0, 0, 1, 2]);

        var r = _cli.Run("segment", "--input", "x.bin");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("x.bin", r.SingleErrorLine());
    }

    [Fact]
    public void A_gbk_user_dictionary_is_read_like_an_imported_file()
    {
        File.WriteAllBytes(_cli.File("dict.txt"), Encoding.GetEncoding("gbk").GetBytes("质量管理体系建立 100 n\n"));

        var r = _cli.Run("segment", "--user-dict", "dict.txt", "企业质量管理体系建立");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("质量管理体系建立\n", r.Out);
    }
}

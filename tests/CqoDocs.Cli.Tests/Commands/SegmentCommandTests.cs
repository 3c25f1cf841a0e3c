using System.CommandLine;
using System.Text;
using CqoDocs.Cli.Commands;

namespace CqoDocs.Cli.Tests.Commands;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqodocs-segment-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private int Run(string? standardInput, params string[] args)
    {
        var context = new CliContext { Out = _out, Error = _error, WorkingDirectory = _folder, HomeDirectory = _folder };
        var root = new RootCommand { SegmentCommand.Create(context, () => new StringReader(standardInput ?? "")) };
        var result = root.Parse(["segment", .. args]);
        Assert.Empty(result.Errors);
        return result.Invoke(new InvocationConfiguration { Output = _out, Error = _error, EnableDefaultExceptionHandler = false });
    }

    [Fact]
    public void Text_argument_is_printed_one_word_a_line()
    {
        Assert.Equal(0, Run(null, "我来到北京清华大学"));
        Assert.Equal("我\n来到\n北京\n清华大学\n", _out.ToString());
    }

    [Fact]
    public void Search_mode_and_jsonl_match_python_jieba()
    {
        Assert.Equal(0, Run(null, "--mode", "search", "--format", "jsonl", "清华大学 ok"));
        Assert.Equal("\"清华\"\n\"华大\"\n\"大学\"\n\"清华大学\"\n\" \"\n\"ok\"\n", _out.ToString());
    }

    [Fact]
    public void Without_text_or_file_standard_input_is_read()
    {
        Assert.Equal(0, Run("他来到了网易杭研大厦", "--no-hmm"));
        Assert.Equal("他\n来到\n了\n网易\n杭\n研\n大厦\n", _out.ToString());
    }

    [Fact]
    public void A_file_is_read_and_json_offsets_count_from_its_start()
    {
        File.WriteAllText(Path.Combine(_folder, "in.txt"), "第一行\n北京", new UTF8Encoding(false));
        Assert.Equal(0, Run(null, "--input", "in.txt", "--format", "json"));
        Assert.Contains("{\"text\": \"北京\", \"start\": 4, \"end\": 6}", _out.ToString());
    }

    [Fact]
    public void A_byte_order_mark_stays_a_token_as_python_reads_it()
    {
        File.WriteAllText(Path.Combine(_folder, "bom.txt"), "北京", new UTF8Encoding(true));
        Assert.Equal(0, Run(null, "--input", "bom.txt", "--format", "jsonl"));
        Assert.Equal("\"\uFEFF\"\n\"北京\"\n", _out.ToString());
    }

    [Fact]
    public void User_dictionaries_domain_terms_and_traditional_input_are_applied()
    {
        File.WriteAllText(Path.Combine(_folder, "user.txt"), "杭研大厦 10 n\n");
        Assert.Equal(0, Run(null, "--user-dict", "user.txt", "--domain", "--traditional", "網易杭研大厦的首席質量官"));
        Assert.Equal("網易\n杭研大厦\n的\n首席質量官\n", _out.ToString());
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error_and_exit_code_1()
    {
        Assert.Equal(1, Run(null, "--input", "missing.txt"));
        Assert.Equal("cqodocs: missing.txt: 找不到文件\n", _error.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void A_file_in_no_encoding_import_reads_is_a_one_line_error()
    {
        File.WriteAllBytes(Path.Combine(_folder, "junk.txt"), [0x81, 0x20, 0xFF, 0xFE, 0x80, 0x41, 0xC0, 0x20]);
        Assert.Equal(1, Run(null, "--input", "junk.txt"));
        Assert.StartsWith("cqodocs: junk.txt: 无法识别文件编码", _error.ToString());
        Assert.Single(_error.ToString().TrimEnd('\n').Split('\n'));
    }
}

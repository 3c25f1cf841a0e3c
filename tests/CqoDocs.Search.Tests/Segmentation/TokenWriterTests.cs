using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public class TokenWriterTests
{
    public static TheoryData<string> Seeds => ReferenceFiles.Names("Reference");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Json_lines_equal_the_python_reference_byte_for_byte(string name)
    {
        foreach (var (kind, mode) in new[] { ("precise", SegmentMode.Precise), ("search", SegmentMode.Search) })
        {
            var output = Write(ReferenceFiles.Input("Reference", name), TokenOutputFormat.JsonLines, mode);
            Assert.Equal(ReferenceFiles.Expected("Reference", name, kind), output);
        }
    }

    [Fact]
    public void Json_lines_escape_as_python_does()
    {
        var output = Write("引\"号\\\t\u0001\u2028\u007f", TokenOutputFormat.JsonLines);
        Assert.Equal("\"引\"\n\"\\\"\"\n\"号\"\n\"\\\\\"\n\"\\t\"\n\"\\u0001\"\n\"\u2028\"\n\"\u007f\"\n", output);
    }

    [Fact]
    public void Text_puts_one_token_a_line_and_leaves_out_whitespace() =>
        Assert.Equal("第一行\n第二行\n汉字\n", Write("第一行\r\n第二行 \u3000汉字\n", TokenOutputFormat.Text));

    [Fact]
    public void Json_gives_each_token_its_offsets()
    {
        var output = Write("我来到北京", TokenOutputFormat.Json);
        Assert.Equal("[\n{\"text\": \"我\", \"start\": 0, \"end\": 1},\n{\"text\": \"来到\", \"start\": 1, \"end\": 3},\n"
            + "{\"text\": \"北京\", \"start\": 3, \"end\": 5}\n]\n", output);
        Assert.Equal("[]\n", Write("", TokenOutputFormat.Json));
    }

    private static string Write(string text, TokenOutputFormat format, SegmentMode mode = SegmentMode.Precise)
    {
        var output = new StringWriter();
        var writer = new TokenWriter(output, format);
        TextReaderSegmenter.Segment(Segmenter.Default, new StringReader(text), writer, mode, chunkLength: 4096);
        writer.Complete();
        return output.ToString();
    }
}

using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Tests.Corpus;

public class CorpusMarkdownTests
{
    private static string Case(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Cases", name)).ReplaceLineEndings("\n");

    [Fact]
    public void Reading_a_corpus_file_and_writing_it_back_gives_the_same_file()
    {
        var text = Case("measures.md");

        var written = CorpusMarkdown.Write(CorpusMarkdown.Read(text, "measures.md"));

        Assert.Equal(text, written);
    }

    [Fact]
    public void Reading_gives_the_metadata_and_units_in_order()
    {
        var d = CorpusMarkdown.Read(Case("measures.md"), "measures.md");

        Assert.Equal("sample-2016-measures", d.Id);
        Assert.Equal("某府办〔2016〕7号", d.DocNumber);
        Assert.Equal(new DateOnly(2016, 3, 1), d.Date);
        Assert.Equal(new DateOnly(2016, 3, 8), d.Published);
        Assert.Null(d.Effective);
        Assert.Equal(new Region("广东省", "清远市", null), d.Region);
        Assert.Equal(DocumentKind.Measures, d.Kind);
        Assert.Equal(["第一章", "第一条", "第二章", "第五条", "第六条"], d.Units.Select(u => u.Label));
        Assert.Equal([1, 2, 1, 2, 2], d.Units.Select(u => u.Depth));
        var fifth = d.FindUnit("第五条")!;
        Assert.Equal("首席质量官工作职责", fifth.Heading);
        Assert.Equal([Topic.Duties, Topic.Powers], fifth.Topics);
        Assert.Equal(5, fifth.Text.Split('\n').Length);
        Assert.StartsWith("# 这一段", fifth.Text.Split('\n')[3]);
        Assert.Equal("1. 这一段看起来像列表。", fifth.Text.Split('\n')[4]);
        Assert.Equal("总则", d.FindUnit("第一章")!.Heading);
        Assert.Empty(d.FindUnit("第六条")!.Topics);
    }

    [Fact]
    public void Writing_a_document_and_reading_it_back_gives_the_same_document()
    {
        var document = new Document
        {
            Id = "x-2020-opinion",
            Title = "关于推行首席质量官制度的实施意见：试行",
            Authority = "某省质监局",
            DocNumber = "某质〔2020〕1号",
            Date = new DateOnly(2020, 1, 2),
            Region = new Region("吉林省", null, null),
            Kind = DocumentKind.Opinion,
            Script = Script.Traditional,
            Units =
            [
                new Unit("序言", null, "為貫徹落實……", []),
                new Unit("三", "主要內容", "", [Topic.Duties]),
                new Unit("三（二）", "首席質量官任職條件", "具有良好的職業道德；\n<熟悉> 國家有關法律法規。\n---\n\\反斜杠开头", [Topic.Qualifications], 2),
            ],
        };

        var read = CorpusMarkdown.Read(CorpusMarkdown.Write(document), "x.md");

        Assert.Equal(document with { Units = [] }, read with { Units = [] });
        Assert.Equal(document.Units, read.Units);
    }

    [Theory]
    [InlineData("# 无文件头\n\n## 第一条\n\n正文\n", 1, "YAML")]
    [InlineData("---\ntitle: [未闭合\n---\n\n## 第一条\n", 2, "YAML")]
    [InlineData("---\ntitle: 甲\nkind: measures\n---\n\n正文在标题之前\n", 6, "之前")]
    [InlineData("---\ntitle: 甲\nkind: measures\n---\n\n## 第一条\n\n甲\n\n## 第一条\n\n乙\n", 10, "重复")]
    [InlineData("---\ntitle: 甲\nkind: measures\n---\n\n## 第一条\n\n<!-- topics: duties, 天气 -->\n", 8, "天气")]
    public void A_broken_file_is_reported_with_its_line(string text, int line, string words)
    {
        var e = Assert.Throws<CqoDocsException>(() => CorpusMarkdown.Read(text, "bad.md"));

        Assert.Equal("bad.md", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(words, e.Message);
    }

    [Theory]
    [InlineData("kind: 条例", "kind")]
    [InlineData("date: 2016年3月1日", "date")]
    [InlineData("script: 繁体", "script")]
    [InlineData("validity:\n  status: 作废", "validity.status")]
    [InlineData("validity:\n  until: 明年", "validity.until")]
    public void A_bad_metadata_value_is_reported_with_its_field(string field, string name)
    {
        var text = $"---\ntitle: 甲\nkind: measures\n{field}\n---\n\n## 第一条\n\n正文\n".Replace("kind: measures\nkind:", "kind:");

        var e = Assert.Throws<CqoDocsException>(() => CorpusMarkdown.Read(text, "bad.md"));

        Assert.Equal(name, e.Field);
    }

    [Fact]
    public void A_declared_validity_is_read_from_the_front_matter()
    {
        var d = CorpusMarkdown.Read("---\ntitle: 甲\nkind: measures\nvalidity:\n  status: Repealed\n  until: 2021-06-30\n  replacedBy: yi-2022\n  note: 据清理决定废止\n---\n\n## 第一条\n\n正文\n", "a.md");

        Assert.Equal(new DeclaredValidity { Status = DocumentStatus.Repealed, Until = new DateOnly(2021, 6, 30), ReplacedBy = "yi-2022", Note = "据清理决定废止" }, d.Validity);
    }

    [Fact]
    public void A_file_that_declares_no_validity_is_written_without_the_block()
    {
        var d = CorpusMarkdown.Read("---\ntitle: 甲\nkind: measures\n---\n\n## 第一条\n\n正文\n", "a.md");

        Assert.Null(d.Validity);
        Assert.DoesNotContain("validity", CorpusMarkdown.Write(d));
    }

    [Fact]
    public void Topics_may_be_given_by_their_chinese_names()
    {
        var d = CorpusMarkdown.Read("---\ntitle: 甲\nkind: measures\n---\n\n## 第一条\n\n<!-- topics: 职责, 任职条件 -->\n\n正文\n", "a.md");

        Assert.Equal([Topic.Duties, Topic.Qualifications], d.Units[0].Topics);
    }

    [Theory]
    [InlineData("a: &a [*a]\ntitle: 甲")]
    [InlineData("title: &t 甲\nauthority: *t")]
    [InlineData("x: &a [\"lol\",\"lol\"]\ny: &b [*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b]\ntitle: 甲")]
    [InlineData("title: [[[[[[[[[[[[[[[[[[[[甲]]]]]]]]]]]]]]]]]]]]")]
    public void A_front_matter_with_aliases_or_deep_nesting_is_refused_with_its_line(string yaml)
    {
        var e = Assert.Throws<CqoDocsException>(() => CorpusMarkdown.Read($"---\n{yaml}\nkind: measures\n---\n\n## 第一条\n", "bad.md"));

        Assert.Equal("bad.md", e.File);
        Assert.NotNull(e.Line);
    }

    [Theory]
    [InlineData(">", 5_000)]
    [InlineData("- ", 2_000)]
    public void A_file_nested_beyond_markdig_limits_is_a_broken_file_not_a_crash(string marker, int times)
    {
        var text = $"---\ntitle: 甲\nkind: measures\n---\n\n## 第一条\n\n{string.Concat(Enumerable.Repeat(marker, times))}甲\n";

        var e = Assert.Throws<CqoDocsException>(() => CorpusMarkdown.Read(text, "deep.md"));

        Assert.Equal("deep.md", e.File);
    }

    [Fact]
    public void A_paragraph_of_a_hundred_thousand_brackets_is_written_and_read_back()
    {
        var text = new string('[', 100_000) + "甲" + new string(']', 100_000);
        var document = new Document { Id = "b", Title = "甲", Units = [new Unit("第一条", null, text, [])] };

        var read = CorpusMarkdown.Read(CorpusMarkdown.Write(document), "b.md");

        Assert.Equal(text, read.Units[0].Text);
    }
}

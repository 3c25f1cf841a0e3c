using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CsCheck;

namespace CqoDocs.Core.Tests.Corpus;

/// <summary>Any document written to the corpus format reads back as the same document.</summary>
public class CorpusRoundTripTests
{
    /// <summary>Lines that Markdown reads as something other than a paragraph, and other troublemakers.</summary>
    private static readonly string[] Hostile =
    [
        "```", "```csharp", "~~~", "~~~附件说明~~~", "````", "[1]: http://example.com/a", "[注]: <http://x> \"标题\"",
        "# 井号", "## 第五条", "###", "#", "---", "***", "___", "- - -", "===", "- 列表", "* 列表", "+ 列表", "1. 列表",
        "1) 列表", "123456789. 列表", "> 引用", "<div>", "</div>", "<!-- 注释", "-->", "<!-- topics: duties -->",
        "<script>", "</script>", "<pre>", "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<p>段</p>",
        "| 甲 | 乙 |", "| --- | --- |", "\\", "\\\\", "\\# 转义", "    缩进代码", "\t制表符", "&amp;", "&#35;",
        "*强调*", "`代码`", "[链接](http://x)", "![图](x.png)", "...", "--- 正文", "title: 冒号", "---\n---",
        "a\r\nb", "甲\u2028乙", "丙\u2029丁", "戊\u0085己", "庚\f辛", "\u00A0不间断空格\u00A0", "\u3000全角空格",
        "null", "~", "'单引号'", "\"双引号\"", "key: value", "# 注释 #", "@at", "%percent", "!tag", "&anchor", "*alias",
        "{a: b}", "[a, b]", "? 问", ": 冒", "尾冒号:", "a #b", "\u0000", "\u0007", "\u001B[31m", "\uFEFF", "😀",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(Hostile),
        Gen.String[Gen.Char["第一条首席质量官职责（）、：；。“”〔〕abc #-*_`~<>[]()!\\|:\"'\t\n\r 0123456789"], 0, 12],
        Gen.String[Gen.Char.AlphaNumeric, 1, 8],
        Gen.String);

    /// <summary>Text of several pieces joined by spaces, line breaks or nothing.</summary>
    private static readonly Gen<string> Text =
        Gen.Select(Piece.Array[0, 8], Gen.OneOf<string>("", " ", "\n", "\n\n", "\r\n").Array[8],
            (pieces, joins) => string.Concat(pieces.Select((p, i) => p + joins[i])));

    private static readonly Gen<string?> Optional = Gen.Frequency((1, Gen.Const((string?)null)), (3, Text.Select(t => (string?)t)));

    private static readonly Gen<DateOnly?> Date =
        Gen.Frequency((1, Gen.Const((DateOnly?)null)), (2, Gen.Int[1, 3_652_058].Select(d => (DateOnly?)DateOnly.FromDayNumber(d))));

    private static readonly Gen<string> Label =
        Gen.OneOf(Gen.OneOf<string>("第五条", "三（二）", "¶3", "#1", "第9999条", "第一万条", "\\", "<!--", "```", "[1]:"),
            Gen.String[Gen.Char["第十条一二三#*-<>`~[]\\!|甲乙"], 1, 6]);

    private static readonly Gen<Unit> UnitGen =
        Gen.Select(Label, Optional, Text, Gen.Shuffle(Topic.All.ToArray(), 0, 3), Gen.Int[1, 2],
            (label, heading, text, topics, depth) => new Unit(label, heading, text, topics, depth));

    private static readonly Gen<Document> DocumentGen =
        Gen.Select(Text.Where(t => !string.IsNullOrWhiteSpace(t)), Optional, Optional, Date, Date, Date,
            Gen.Select(Optional, Optional, Optional), UnitGen.Array[0, 6],
            (title, authority, number, date, published, effective, region, units) => new Document
            {
                Id = "doc",
                Title = title,
                Authority = authority,
                DocNumber = number,
                Date = date,
                Published = published,
                Effective = effective,
                Region = new Region(region.Item1, region.Item2, region.Item3),
                Units = units.DistinctBy(u => u.Label).ToList(),
            })
        .Select(Gen.Enum<DocumentKind>(), Gen.Enum<Script>(), Optional,
            (d, kind, script, source) => d with { Kind = kind, Script = script, Source = source })
        .Select(Gen.Frequency((2, Gen.Const((DeclaredValidity?)null)),
                (1, Gen.Select(Gen.Frequency((1, Gen.Const((DocumentStatus?)null)), (3, Gen.Enum<DocumentStatus>().Select(s => (DocumentStatus?)s))), Date, Optional, Optional,
                    (status, until, by, note) => (DeclaredValidity?)new DeclaredValidity { Status = status, Until = until, ReplacedBy = by, Note = note }))),
            (d, validity) => d with { Validity = validity });

    [Fact]
    public void Any_document_written_reads_back_as_the_same_document()
    {
        DocumentGen.Sample(document =>
        {
            var written = CorpusMarkdown.Write(document);
            var read = CorpusMarkdown.Read(written, "doc.md");

            AssertSame(Stored(document), read);
            Assert.Equal(written, CorpusMarkdown.Write(read));
        }, iter: 1000);
    }

    [Fact]
    public void A_title_of_any_length_and_content_reads_back()
    {
        Gen.Select(Text, Gen.Int[100, 2000]).Sample((text, length) =>
        {
            var title = "甲" + string.Concat(Enumerable.Repeat(text + "：'\"# ", length / (text.Length + 5) + 1))[..length];
            if (char.IsHighSurrogate(title[^1])) title = title[..^1];
            var document = new Document { Id = "t", Title = title, Units = [new Unit("第一条", null, "正文", [])] };

            var read = CorpusMarkdown.Read(CorpusMarkdown.Write(document), "t.md");

            Assert.Equal(title.Trim(), read.Title);
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(HostileLines))]
    public void A_hostile_line_in_a_unit_keeps_every_unit_after_it(string line)
    {
        var document = new Document
        {
            Id = "h",
            Title = "标题",
            Units =
            [
                new Unit("第一条", null, $"前文\n{line}\n后文", []),
                new Unit("第二条", "其后", "第二条的正文", [Topic.Duties]),
                new Unit("第三条", null, "第三条的正文", []),
            ],
        };

        var read = CorpusMarkdown.Read(CorpusMarkdown.Write(document), "h.md");

        AssertSame(Stored(document), read);
    }

    [Fact]
    public void Reading_any_text_gives_a_document_or_one_error_naming_the_file()
    {
        var yamlish = Gen.OneOf<string>("id: a", "title: 甲", "kind: measures", "kind: 条例", "date: 2016-13-45", "region: [a", "region:\n  city: *x",
            "a: &a [*a]", "title: !!binary 5L2g", "title: !custom x", "? [a]\n: b", "title: |\n  多行", "\t", "...", "%YAML 1.2", "title: {a: b}");
        var gen = Gen.Select(yamlish.Array[0, 6], Piece.Array[0, 10], Gen.OneOf<string>("---\n", "", "---\r\n", "\uFEFF---\n"),
            (front, body, fence) => fence + string.Join("\n", front) + "\n---\n\n" + string.Join("\n", body.Select((b, i) => i % 3 == 0 ? "## 第" + i + "条 " + b : b)));

        gen.Sample(text =>
        {
            try
            {
                CorpusMarkdown.Read(text, "fuzz.md");
            }
            catch (CqoDocsException e)
            {
                Assert.Equal("fuzz.md", e.File);
            }
        }, iter: 2000);
    }

    public static TheoryData<string> HostileLines() => new(Hostile);

    /// <summary>What the format stores of a document: trimmed values, blank ones as null, text as trimmed paragraphs.</summary>
    private static Document Stored(Document d) => d with
    {
        Title = d.Title.Trim(),
        Authority = Blank(d.Authority),
        DocNumber = Blank(d.DocNumber),
        Region = new Region(Blank(d.Region.Province), Blank(d.Region.City), Blank(d.Region.District)),
        Source = Blank(d.Source),
        Validity = d.Validity is null ? null
            : d.Validity with { ReplacedBy = Blank(d.Validity.ReplacedBy), Note = Blank(d.Validity.Note) } is { IsEmpty: false } v ? v : null,
        Units = d.Units.Select(u => u with
        {
            Heading = Blank(u.Heading is null ? null : string.Join(" ", CorpusMarkdown.Paragraphs(u.Heading))),
            Text = CorpusMarkdown.NormaliseText(u.Text),
        }).ToList(),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void AssertSame(Document expected, Document actual)
    {
        Assert.Equal(expected with { Units = [] }, actual with { Units = [] });
        Assert.Equal(expected.Units, actual.Units);
    }
}

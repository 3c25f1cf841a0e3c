using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Import.Review;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import.Review;

public class ImportReviewTests
{
    private const string Measures = "湖滨市企业首席质量官管理办法\n湖滨市人民政府办公室\n2018年5月20日\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 首席质量官的职责：\n（一）组织建立质量管理体系；\n（二）开展质量教育培训。\n第三条 首席质量官应具有大学本科以上学历。\n";

    private static ReviewedDocument Read(string name = "湖滨办法.txt", string text = Measures) => UploadedPage.Read(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_upload_goes_through_the_import_pipeline_and_keeps_only_its_bare_name()
    {
        var reviewed = Read("C:\\Users\\某人\\..\\湖滨办法.txt");

        Assert.Equal("湖滨办法.txt", reviewed.Source);
        Assert.Equal("湖滨市企业首席质量官管理办法", reviewed.Document.Title);
        Assert.Equal(["第一条", "第二条", "第三条"], reviewed.Document.Units.Select(u => u.Label));
        Assert.Equal(16, reviewed.InputKey.Length);
    }

    [Theory]
    [InlineData("通知.pdf")]
    [InlineData("通知.docx")]
    [InlineData("通知")]
    public void Only_txt_and_html_pages_are_read(string name)
    {
        var error = Assert.Throws<CqoDocsException>(() => Read(name));

        Assert.Equal($"{name}: 只能导入 .txt、.html、.htm 文件", error.OneLine());
    }

    [Fact]
    public void An_upload_over_the_limit_or_empty_is_refused()
    {
        Assert.Contains("超过", Assert.Throws<CqoDocsException>(() => UploadedPage.Read("a.txt", new byte[2048], maxBytes: 1024)).Message);
        Assert.Contains("空", Assert.Throws<CqoDocsException>(() => UploadedPage.Read("a.txt", [])).Message);
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("..", "上传的文件.txt")]
    [InlineData("a\u0000b.html", "a_b.html")]
    public void An_uploads_name_is_cut_to_a_harmless_file_name(string uploaded, string expected)
    {
        Assert.Equal(expected, UploadedPage.SafeName(uploaded));
    }

    [Fact]
    public void Merging_a_unit_with_the_next_joins_their_text_and_tags_it_again()
    {
        var document = Read().Document;

        var merged = UnitEdits.MergeWithNext(document, 0);

        Assert.Equal(["第一条", "第三条"], merged.Units.Select(u => u.Label));
        Assert.Equal(UnitEdits.Paragraphs(document.Units[0].Text).Concat(UnitEdits.Paragraphs(document.Units[1].Text)), UnitEdits.Paragraphs(merged.Units[0].Text));
        Assert.Contains(Topic.Duties, merged.Units[0].Topics);
    }

    [Fact]
    public void The_next_units_heading_becomes_a_paragraph_of_the_merged_unit()
    {
        var document = new Document
        {
            Id = "x", Title = "t",
            Units = [new Unit("一", null, "甲。", []), new Unit("二", "首席质量官职责", "乙。", [Topic.Duties])],
        };

        var merged = UnitEdits.MergeWithNext(document, 0);

        Assert.Equal("甲。\n首席质量官职责\n乙。", Assert.Single(merged.Units).Text);
    }

    [Fact]
    public void Splitting_a_unit_before_a_line_makes_a_new_unit_with_a_label_of_its_own()
    {
        var document = Read().Document;

        var split = UnitEdits.SplitAt(document, 1, 3);

        Assert.Equal(["第一条", "第二条", "第二条-2", "第三条"], split.Units.Select(u => u.Label));
        Assert.Equal("首席质量官的职责：\n（一）组织建立质量管理体系；", split.Units[1].Text);
        Assert.Equal("（二）开展质量教育培训。", split.Units[2].Text);
        Assert.Equal(document.Units[1].Depth, split.Units[2].Depth);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 2)]
    [InlineData(1, 9)]
    [InlineData(7, 2)]
    public void A_split_outside_the_units_lines_is_refused(int unit, int line)
    {
        Assert.Throws<CqoDocsException>(() => UnitEdits.SplitAt(Read().Document, unit, line));
    }

    [Fact]
    public void The_last_unit_has_nothing_to_merge_with()
    {
        var document = Read().Document;

        Assert.Throws<CqoDocsException>(() => UnitEdits.MergeWithNext(document, document.Units.Count - 1));
    }

    [Fact]
    public void A_title_missing_and_labels_empty_spaced_or_repeated_are_problems_named_by_field()
    {
        var document = Read().Document;
        var broken = document with
        {
            Title = " ",
            Units = [document.Units[0] with { Label = "" }, document.Units[1] with { Label = "第 二 条" }, document.Units[2] with { Label = "第一条" }, document.Units[0]],
        };

        var problems = ReviewCheck.Check(broken);

        Assert.Equal(["title", "units[0].label", "units[1].label", "units[3].label"], problems.Select(p => p.Field));
        Assert.Empty(ReviewCheck.Check(document));
    }

    [Fact]
    public void Saving_writes_a_corpus_file_named_by_the_corrected_metadata_that_loads_as_reviewed()
    {
        using var folder = new TemporaryFolder();
        var reviewed = Read();
        var corrected = reviewed with
        {
            Document = reviewed.Document with { Title = "湖滨市首席质量官办法（修订）", Region = new Region("广东省", "湖滨市", null), Date = new DateOnly(2019, 1, 2) },
        };

        var written = Assert.Single(ReviewedSave.Save([corrected], folder.Path));

        Assert.Equal("湖滨-2019-measures", written.Document.Id);
        var loaded = Assert.Single(CorpusLoader.LoadDirectory(folder.Path).Documents);
        Assert.Equal("湖滨市首席质量官办法（修订）", loaded.Title);
        Assert.Equal("湖滨办法.txt", loaded.Source);
        Assert.Equal(corrected.Document.Units, loaded.Units);
    }

    [Fact]
    public void Saving_the_same_upload_again_replaces_its_own_file_and_leaves_anyone_elses_alone()
    {
        using var folder = new TemporaryFolder();
        var reviewed = Read();
        var first = ReviewedSave.Save([reviewed], folder.Path).Single();
        var foreign = Path.Combine(folder.Path, "别人-2018-measures.md");
        File.WriteAllText(foreign, "手写的文件");

        var again = ReviewedSave.Save([reviewed], folder.Path).Single();
        var edited = ReviewedSave.Save([reviewed with { Document = reviewed.Document with { Title = "改过的标题" } }], folder.Path).Single();

        Assert.True(again.Unchanged);
        Assert.Equal(first.Path, edited.Path);
        Assert.Equal("改过的标题", CorpusLoader.LoadDirectory(folder.Path).Documents.Single(d => d.Id == first.Document.Id).Title);
        Assert.Equal("手写的文件", File.ReadAllText(foreign));
    }

    [Fact]
    public void A_document_with_a_problem_is_not_saved()
    {
        using var folder = new TemporaryFolder();
        var reviewed = Read();

        var error = Assert.Throws<CqoDocsException>(() => ReviewedSave.Save([reviewed with { Document = reviewed.Document with { Title = "" } }], folder.Path));

        Assert.Equal("title", error.Field);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}

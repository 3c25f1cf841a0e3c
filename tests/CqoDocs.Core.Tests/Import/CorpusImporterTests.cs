using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Import;

namespace CqoDocs.Core.Tests.Import;

public class CorpusImporterTests
{
    private static readonly CorpusImporter Importer = new(ImportPipeline.Default);

    private const string Measures = "清远市企业首席质量官管理办法\n第一条 为落实企业质量主体责任，制定本办法。\n第二条 本办法适用于本市企业。\n清远市人民政府办公室\n2016年3月1日\n";

    [Fact]
    public void Folders_are_searched_recursively_for_text_and_html_files_in_name_order()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("sub"));
        File.WriteAllText(folder.File("b.txt"), Measures);
        File.WriteAllText(folder.File("sub/a.HTML"), "<p>" + Measures.Replace("\n", "</p><p>") + "</p>");
        File.WriteAllText(folder.File("notes.md"), "# 不导入");

        var outcomes = Importer.Import([folder.Path], folder.Path);

        Assert.Equal([Path.Combine(folder.Path, "b.txt"), Path.Combine(folder.Path, "sub", "a.HTML")], outcomes.Select(o => o.Source));
        Assert.All(outcomes, o => Assert.Null(o.Error));
    }

    [Fact]
    public void A_bad_input_is_reported_with_its_name_and_the_others_are_still_imported()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("good.txt"), Measures);
        File.WriteAllBytes(folder.File("empty.txt"), []);

        var outcomes = Importer.Import(["good.txt", "empty.txt", "missing.txt"], folder.Path);

        Assert.NotNull(outcomes[0].Document);
        Assert.Equal(("empty.txt", "文件为空"), (outcomes[1].Error!.File, outcomes[1].Error!.Message));
        Assert.Equal(("missing.txt", "文件或文件夹不存在"), (outcomes[2].Error!.File, outcomes[2].Error!.Message));
    }

    [Fact]
    public void Two_documents_with_the_same_id_in_one_run_are_told_apart()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), Measures);
        File.WriteAllText(folder.File("b.txt"), Measures);

        var ids = Importer.Import(["a.txt", "b.txt"], folder.Path).Select(o => o.Document!.Id);

        Assert.Equal(["清远-2016-measures", "清远-2016-measures-2"], ids);
    }

    [Fact]
    public void A_notice_of_two_megabytes_on_one_line_imports()
    {
        var sentence = "首席质量官应当组织制定企业质量发展战略，建立健全质量管理体系，开展质量改进和质量攻关活动，对质量安全事项行使一票否决权。";
        var text = new StringBuilder("某市企业首席质量官管理办法 ");
        for (var i = 1; text.Length < 750_000; i++) text.Append($"第{i}条 ").Append(sentence);

        var document = ImportPipeline.Default.Import("big.txt", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.True(Encoding.UTF8.GetByteCount(text.ToString()) >= 2_000_000);
        Assert.Equal("某市企业首席质量官管理办法", document.Title);
        Assert.True(document.Units.Count > 10_000);
        Assert.Equal("第1条", document.Units[0].Label);
    }

    [Fact]
    public void A_symbolic_link_loop_in_a_folder_is_one_error_and_the_files_are_still_imported()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("in/sub"));
        File.WriteAllText(folder.File("in/sub/a.txt"), Measures);
        Directory.CreateSymbolicLink(folder.File("in/sub/back"), folder.File("in"));

        var outcomes = Importer.Import(["in"], folder.Path);

        Assert.Single(outcomes, o => o.Document is not null);
        Assert.Single(outcomes, o => o.Error is not null && o.Error.Message.Contains("循环"));
    }

    [Fact]
    public async Task A_device_or_pipe_named_as_input_is_one_error_and_does_not_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TemporaryFolder();
        var fifo = IO.InputFileTests.MakeFifo(folder);
        File.WriteAllText(folder.File("good.txt"), Measures);

        var run = Task.Run(() => Importer.Import(["/dev/zero", fifo, "good.txt"], folder.Path));

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal([true, true, false], (await run).Select(o => o.Error is not null));
    }

    [Fact]
    public void Articles_numbered_past_nine_thousand_nine_hundred_ninety_nine_are_units()
    {
        var text = new StringBuilder("某市企业首席质量官管理办法\n");
        for (var i = 1; i <= 10_012; i++) text.Append($"第{i}条 首席质量官应当组织制定企业质量发展战略。\n");

        var document = ImportPipeline.Default.Import("big.txt", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal("第10012条", document.Units.Where(u => u.Label.StartsWith("第1")).Last().Label);
        Assert.Contains(document.Units, u => u.Label == "第10000条");
        Assert.Equal(10_000, Core.Import.Text.ChineseNumber.Parse("一万"));
        Assert.Equal(10_001, Core.Import.Text.ChineseNumber.Parse("一万零一"));
        Assert.Equal(10_010, Core.Import.Text.ChineseNumber.Parse("一万零一十"));
        Assert.Equal(10_010, Core.Import.Text.ChineseNumber.Parse("一万零十"));
        Assert.Equal(123_456, Core.Import.Text.ChineseNumber.Parse("十二万三千四百五十六"));
    }
}

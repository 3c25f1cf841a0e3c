namespace CqoDocs.Cli.Tests;

/// <summary>Output folders that do not exist yet are made for a run and gone again when the run fails.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Entry = "企业名称: 某公司\n聘书编号: 某聘〔2025〕1号\n受聘人:\n  姓名: 甲\n决定机构: 董事会\n直接上级: 总经理\n聘期: 两年\n聘期开始: 2025-01-01\n聘期结束: 2026-12-31\n权限:\n  - 内容: 质量一票否决\n法定代表人: 乙\n签发日期: 2025-01-01";

    private static string Indent(string yaml) => yaml.Replace("\n", "\n  ");

    [Fact]
    public void A_document_goes_into_new_nested_folders()
    {
        var r = _cli.Run("generate", "appointment", "--out", "新文件夹/二级/聘书.docx");

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(_cli.File("新文件夹/二级/聘书.docx")));
        Assert.Empty(Directory.GetFiles(_cli.File("新文件夹/二级"), ".*.tmp"));
    }

    [Fact]
    public void A_failed_batch_removes_the_folders_it_made()
    {
        File.WriteAllText(_cli.File("批量.yaml"), $"- {Indent(Entry)}\n- {Indent(Entry.Replace("签发日期: 2025-01-01", ""))}\n");

        var r = _cli.Run("generate", "appointment", "--data", "批量.yaml", "--out", "新/聘书");

        Assert.Equal(1, r.ExitCode);
        Assert.All(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("cqodocs: ", line));
        Assert.False(Directory.Exists(_cli.File("新")));
    }

    [Fact]
    public void A_failed_batch_leaves_a_folder_that_was_there_and_its_files()
    {
        Directory.CreateDirectory(_cli.File("已有"));
        File.WriteAllText(_cli.File("已有/别的.txt"), "留着");
        File.WriteAllText(_cli.File("批量.yaml"), $"- {Indent(Entry.Replace("签发日期: 2025-01-01", ""))}\n");

        var r = _cli.Run("generate", "appointment", "--data", "批量.yaml", "--out", "已有/聘书");

        Assert.Equal(1, r.ExitCode);
        Assert.False(Directory.Exists(_cli.File("已有/聘书")));
        Assert.Equal("留着", File.ReadAllText(_cli.File("已有/别的.txt")));
    }

    [Fact]
    public void A_path_through_a_file_is_refused_before_anything_is_made()
    {
        File.WriteAllText(_cli.File("文件"), "不是文件夹");

        var r = _cli.Run("generate", "appointment", "--out", "文件/子/聘书.docx");

        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Error.TrimEnd('\n').Split('\n'), l => l.StartsWith("cqodocs:", StringComparison.Ordinal));
        Assert.Contains("文件", line);
        Assert.Equal("不是文件夹", File.ReadAllText(_cli.File("文件")));
    }
}

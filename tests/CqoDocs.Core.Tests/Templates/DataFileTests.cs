using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class DataFileTests
{
    [Fact]
    public void Yaml_keeps_scalars_as_text_and_reads_yes_no_and_empty()
    {
        var data = (IReadOnlyDictionary<string, object?>)DataFile.ParseYaml("邮编: 0086\n有附件: true\n抄送:\n引号: 'false'\n", "d.yaml")!;
        Assert.Equal("0086", data["邮编"]);
        Assert.Equal(true, data["有附件"]);
        Assert.Null(data["抄送"]);
        Assert.Equal("false", data["引号"]);
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line()
    {
        var error = Assert.Throws<CqoDocsException>(() => DataFile.ParseYaml("姓名: 张伟\n职责:\n  - 甲\n - 乙\n", "d.yaml"));
        Assert.Equal("d.yaml", error.File);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("d.yaml:4: YAML 语法错误", error.OneLine());
    }

    [Fact]
    public void A_json_syntax_error_names_its_line()
    {
        var error = Assert.Throws<CqoDocsException>(() => DataFile.ParseJson("{\n  \"姓名\": \"张伟\",\n  \"职责\": [甲]\n}", "d.json"));
        Assert.Equal(3, error.Line);
        Assert.Contains("JSON 语法错误", error.Message);
    }

    [Fact]
    public void Json_reads_like_yaml()
    {
        var data = (IReadOnlyDictionary<string, object?>)DataFile.ParseJson("{\"职责\": [\"甲\", \"乙\"], \"人数\": 3, \"有\": false, \"空\": null}", "d.json")!;
        Assert.Equal(["甲", "乙"], (IReadOnlyList<object?>)data["职责"]!);
        Assert.Equal("3", data["人数"]);
        Assert.Equal(false, data["有"]);
        Assert.Null(data["空"]);
    }

    [Fact]
    public void A_top_level_list_is_one_document_per_item()
    {
        var entries = DataFile.Entries(DataFile.ParseYaml("- 姓名: 甲\n- 姓名: 乙\n", "d.yaml"), "d.yaml");
        Assert.Equal(["甲", "乙"], entries.Select(e => e["姓名"]));
    }

    [Fact]
    public void Data_that_is_neither_fields_nor_a_list_of_them_is_refused()
    {
        Assert.Throws<CqoDocsException>(() => DataFile.Entries(DataFile.ParseYaml("只是一句话", "d.yaml"), "d.yaml"));
        var error = Assert.Throws<CqoDocsException>(() => DataFile.Entries(DataFile.ParseYaml("- 姓名: 甲\n- 乙\n", "d.yaml"), "d.yaml"));
        Assert.Contains("第 2 项", error.Message);
    }
}

public class HostileDataFileTests
{
    [Fact]
    public void An_alias_cycle_is_refused_with_its_line()
    {
        var error = Assert.Throws<CqoDocsException>(() => DataFile.ParseYaml("姓名: 张伟\na: &a [*a]\n", "d.yaml"));
        Assert.Equal(2, error.Line);
        Assert.Contains("循环引用", error.Message);
    }

    [Fact]
    public void Billion_laughs_are_refused_before_they_expand()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        var previous = "a";
        foreach (var name in "bcdefghij")
        {
            yaml += $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n";
            previous = name.ToString();
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<CqoDocsException>(() => DataFile.ParseYaml(yaml, "d.yaml"));
        Assert.Contains("超过", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000);
    }

    [Fact]
    public void Aliases_that_stay_small_still_work()
    {
        var data = (IReadOnlyDictionary<string, object?>)DataFile.ParseYaml("甲: &x 董事会\n乙: *x\n", "d.yaml")!;
        Assert.Equal("董事会", data["乙"]);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var error = Assert.Throws<CqoDocsException>(() => DataFile.ParseYaml("a: " + new string('[', 500) + new string(']', 500), "d.yaml"));
        Assert.Contains("嵌套", error.Message);
    }
}

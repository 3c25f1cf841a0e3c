using System.Text.Json;
using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Tests;

/// <summary>A small corpus folder in both scripts and three regions, written through the corpus format.</summary>
internal static class SearchTestCorpus
{
    public static readonly Document[] Documents =
    [
        new()
        {
            Id = "qy-2016-measures", Title = "某市企业首席质量官管理办法", DocNumber = "某府办〔2016〕7号",
            Date = new DateOnly(2016, 3, 1), Region = new Region("广东省", "清远市", null), Kind = DocumentKind.Measures,
            Units =
            [
                new Unit("第一条", null, "为落实企业质量主体责任，制定本办法。", [Topic.Measures]),
                new Unit("第五条", "首席质量官任职条件", "首席质量官应当具备下列条件：\n（一）熟悉国家有关质量法律法规；\n（二）具有大学专科以上学历和五年以上质量管理工作经历。", [Topic.Qualifications]),
                new Unit("第六条", "首席质量官职责", "首席质量官负责组织建立企业质量管理体系。", [Topic.Duties]),
                new Unit("第九条", null, "首席质量官对不符合质量安全要求的产品行使一票否决权。", [Topic.Powers]),
            ],
        },
        new()
        {
            Id = "hz-2014-opinion", Title = "某市关于推行企业首席质量官制度的实施意见",
            Date = new DateOnly(2014, 6, 1), Region = new Region("浙江省", "杭州市", null), Kind = DocumentKind.Opinion,
            Units =
            [
                new Unit("一", "工作目标", "到2016年，全市规模以上工业企业全面推行首席质量官制度。", [Topic.Goals]),
                new Unit("二（一）", null, "首席质量官应当参加任职培训和继续教育。", [Topic.Training]),
            ],
        },
        new()
        {
            Id = "tw-2018-measures", Title = "某縣企業首席質量官辦法", Date = new DateOnly(2018, 1, 1),
            Region = new Region("福建省", "泉州市", null), Kind = DocumentKind.Measures, Script = Script.Traditional,
            Units =
            [
                new Unit("第三條", "首席質量官任職條件", "首席質量官應當具備大學本科以上學歷。", [Topic.Qualifications]),
            ],
        },
    ];

    public static CliHarness Harness()
    {
        var cli = new CliHarness();
        cli.SaveCorpus(Documents);
        return cli;
    }
}

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliHarness _cli = SearchTestCorpus.Harness();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Search_lists_the_answering_unit_first_with_citation_region_date_and_marked_words()
    {
        var r = _cli.Run("search", "任职条件");

        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n');
        Assert.StartsWith("1. 《", lines[0]);
        Assert.Contains("第五条", r.Out);
        Assert.Contains("《某市企业首席质量官管理办法》（某府办〔2016〕7号）第五条", r.Out);
        Assert.Contains("广东省清远市 · 2016-03-01", r.Out);
        Assert.Contains("【任职条件】", r.Out);
    }

    [Fact]
    public void A_simplified_query_finds_traditional_units_and_shows_them_in_traditional()
    {
        var r = _cli.Run("search", "学历", "--json");

        Assert.Equal(0, r.ExitCode);
        var hits = JsonDocument.Parse(r.Out).RootElement.GetProperty("hits").EnumerateArray().ToList();
        var traditional = Assert.Single(hits, h => h.GetProperty("docId").GetString() == "tw-2018-measures");
        Assert.Contains("【學歷】", traditional.GetProperty("snippet").GetString());
        Assert.Equal("首席質量官應當具備大學本科以上學歷。", traditional.GetProperty("text").GetString());
    }

    [Fact]
    public void A_traditional_query_finds_simplified_units()
    {
        var r = _cli.Run("search", "一票否決", "--json");

        var hit = JsonDocument.Parse(r.Out).RootElement.GetProperty("hits")[0];
        Assert.Equal("第九条", hit.GetProperty("label").GetString());
        Assert.Contains("【一票否决权】", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public void Json_has_the_documented_fields_in_camel_case_with_readable_chinese()
    {
        var r = _cli.Run("search", "首席质量官", "职责", "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"query\": \"首席质量官 职责\"", r.Out);
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "docId", "title", "region", "date", "docNumber", "label", "heading", "topics", "score", "snippet", "text" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }
        Assert.Equal("第六条", hit.GetProperty("label").GetString());
        Assert.Equal("duties", hit.GetProperty("topics")[0].GetString());
    }

    [Fact]
    public void Units_with_every_word_rank_above_units_with_some()
    {
        var r = _cli.Run("search", "质量管理 工作经历", "--json");

        var hits = JsonDocument.Parse(r.Out).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("第五条", hits[0].GetProperty("label").GetString());
        Assert.True(hits[0].GetProperty("score").GetDouble() > hits[1].GetProperty("score").GetDouble());
    }

    [Theory]
    [InlineData("--region", "浙江", "hz-2014-opinion")]
    [InlineData("--kind", "opinion", "hz-2014-opinion")]
    [InlineData("--since", "2017", "tw-2018-measures")]
    [InlineData("--until", "2015", "hz-2014-opinion")]
    [InlineData("--topic", "任职条件", "qy-2016-measures")]
    public void Filters_keep_only_matching_documents(string option, string value, string onlyDocument)
    {
        var r = _cli.Run("search", "首席质量官", option, value, "--json", "--limit", "50");

        Assert.Equal(0, r.ExitCode);
        var ids = JsonDocument.Parse(r.Out).RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("docId").GetString()).Distinct().ToList();
        Assert.Contains(onlyDocument, ids);
        if (option != "--topic") Assert.Equal([onlyDocument], ids);
        else Assert.DoesNotContain("hz-2014-opinion", ids);
    }

    [Fact]
    public void Topic_filter_accepts_keys_and_several_topics()
    {
        var r = _cli.Run("search", "首席质量官", "--topic", "duties", "--topic", "powers", "--json");

        var labels = JsonDocument.Parse(r.Out).RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("label").GetString()).Order().ToList();
        Assert.Equal(["第九条", "第六条"], labels);
    }

    [Theory]
    [InlineData("--topic", "薪酬", "主题")]
    [InlineData("--kind", "law", "文件类型")]
    public void Unknown_filter_values_are_one_line_errors_with_exit_1(string option, string value, string mentions)
    {
        var r = _cli.Run("search", "首席质量官", option, value);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(mentions, r.Error);
        Assert.Single(r.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", r.Error);
    }

    [Theory]
    [InlineData("\" OR ( * NEAR -")]
    [InlineData("\"")]
    [InlineData("( ) * ^ : { }")]
    [InlineData("首席质量官\" OR \"")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(质量 安全, 2)")]
    [InlineData("heading: 职责")]
    public void Operator_characters_are_text_never_a_crash(string query)
    {
        var r = _cli.Run("search", query);

        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.DoesNotContain("Exception", r.Out + r.Error);
        Assert.DoesNotContain("syntax error", r.Out + r.Error);
        Assert.True(r.Out.Length + r.Error.Length > 0);
    }

    [Fact]
    public void A_query_of_only_punctuation_says_so_in_one_line()
    {
        var r = _cli.Run("search", "（）！？");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("没有可查找的词语", r.Error);
        Assert.Single(r.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_query_that_finds_nothing_says_so_and_exits_0()
    {
        var r = _cli.Run("search", "航天发射");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("没有找到", r.Out);
    }

    [Fact]
    public void Editing_the_corpus_is_seen_by_the_next_search()
    {
        Assert.DoesNotContain("食品安全", _cli.Run("search", "食品安全").Out.Split('\n')[0]);
        var extra = new Document
        {
            Id = "new-2020-notice", Title = "某区食品企业首席质量官通知", Date = new DateOnly(2020, 1, 1),
            Units = [new Unit("一", null, "食品安全由首席质量官负责。", [Topic.Duties])],
        };
        _cli.SaveCorpus(extra);

        var r = _cli.Run("search", "食品安全");

        Assert.Contains("某区食品企业首席质量官通知", r.Out);
        // One document more is an update in place, not a rebuild to announce.
        Assert.DoesNotContain("正在建立索引", r.Error);
    }

    [Fact]
    public void A_damaged_index_file_is_rebuilt_and_the_search_answers()
    {
        _cli.Run("index");
        var file = Directory.GetFiles(Path.Combine(_cli.Home, "index")).Single();
        File.WriteAllBytes(file, new byte[5000]);

        var r = _cli.Run("search", "一票否决");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("第九条", r.Out);
    }
}

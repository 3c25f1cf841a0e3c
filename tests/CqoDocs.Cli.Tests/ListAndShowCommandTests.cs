using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Cli.Tests;

public sealed class ListAndShowCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public ListAndShowCommandTests()
    {
        var document = new Document
        {
            Id = "qy-2016-measures",
            Title = "某市企业首席质量官管理办法",
            DocNumber = "某府办〔2016〕7号",
            Date = new DateOnly(2016, 3, 1),
            Region = new Region("广东省", "清远市", null),
            Kind = DocumentKind.Measures,
            Units =
            [
                new Unit("第一条", null, "为落实企业质量主体责任，制定本办法。", [Topic.Measures]),
                new Unit("第六条", null, "首席质量官应符合以下任职条件：\n（一）熟悉国家有关质量法律法规。", [Topic.Qualifications]),
            ],
        };
        _cli.SaveCorpus(document);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void List_shows_each_document_with_region_kind_date_number_and_unit_count()
    {
        var r = _cli.Run("list");

        Assert.Equal(0, r.ExitCode);
        var row = r.Out.Split('\n').Single(l => l.Contains("qy-2016-measures"));
        Assert.Contains("广东省清远市", row);
        Assert.Contains("管理办法", row);
        Assert.Contains("2016-03-01", row);
        Assert.Contains("某府办〔2016〕7号", row);
        Assert.Matches(@"\s2\s*$", row);
    }

    [Fact]
    public void Show_of_a_unit_prints_its_citation_and_text()
    {
        var r = _cli.Run("show", "qy-2016-measures/第六条");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("《某市企业首席质量官管理办法》（某府办〔2016〕7号）第六条", r.Out);
        Assert.Contains("熟悉国家有关质量法律法规", r.Out);
        Assert.DoesNotContain("制定本办法", r.Out);
    }

    [Fact]
    public void Show_and_list_say_whether_a_document_is_in_force_from_its_own_clauses()
    {
        var trial = new Document
        {
            Id = "trial-2016-measures",
            Title = "某县企业首席质量官管理办法（试行）",
            Date = new DateOnly(2016, 3, 1),
            Region = new Region("广东省", "清远市", null),
            Kind = DocumentKind.Measures,
            Units = [new Unit("第九条", null, "本办法自发布之日起施行，有效期2年。", [])],
        };
        _cli.SaveCorpus(trial);

        var show = _cli.Run("show", "trial-2016-measures");
        var list = _cli.Run("list", "--json");

        Assert.Contains("效力：试行期满", show.Out);
        Assert.Contains("\"validity\": \"trial-expired\"", list.Out);
    }

    [Fact]
    public void A_status_declared_in_the_corpus_file_shows_in_list_show_and_search_and_in_force_leaves_it_out()
    {
        var repealed = new Document
        {
            Id = "old-2012-opinion",
            Title = "某市推行首席质量官制度的实施意见",
            Date = new DateOnly(2012, 5, 1),
            Region = new Region("广东省", "清远市", null),
            Kind = DocumentKind.Opinion,
            Validity = new DeclaredValidity { Status = DocumentStatus.Repealed, Note = "据市政府清理决定废止" },
            Units = [new Unit("第三条", null, "首席质量官应当具有五年以上质量管理工作经历。", [Topic.Qualifications])],
        };
        _cli.SaveCorpus(repealed);

        var list = _cli.Run("list");
        var inForce = _cli.Run("list", "--in-force");
        var show = _cli.Run("show", "old-2012-opinion");
        var search = _cli.Run("search", "质量管理工作经历", "--json");
        var searchInForce = _cli.Run("search", "质量管理工作经历", "--in-force", "--json");

        Assert.Contains("已废止", list.Out.Split('\n').Single(l => l.Contains("old-2012-opinion")));
        Assert.Contains("现行有效", list.Out.Split('\n').Single(l => l.Contains("qy-2016-measures")));
        Assert.DoesNotContain("old-2012-opinion", inForce.Out);
        Assert.Contains("qy-2016-measures", inForce.Out);
        Assert.Contains("据市政府清理决定废止", show.Out);
        Assert.Contains("\"validity\": \"repealed\"", search.Out);
        Assert.DoesNotContain("old-2012-opinion", searchInForce.Out);
    }

    [Fact]
    public void Show_names_the_documents_a_document_rests_on_and_repeals_and_which_replaces_it()
    {
        var renewed = new Document
        {
            Id = "qy-2021-measures",
            Title = "某市企业首席质量官管理办法（修订）",
            Date = new DateOnly(2021, 3, 1),
            Region = new Region("广东省", "清远市", null),
            Kind = DocumentKind.Measures,
            Units =
            [
                new Unit("第一条", null, "根据《某省质量发展规划》（某府〔2020〕3号），制定本办法。", [Topic.Goals]),
                new Unit("第二十条", null, "本办法自印发之日起施行，原《某市企业首席质量官管理办法》同时废止。", []),
            ],
        };
        _cli.SaveCorpus(renewed);

        var renewedShow = _cli.Run("show", "qy-2021-measures");
        var oldShow = _cli.Run("show", "qy-2016-measures", "--as-of", "2022-01-01");
        var oldJson = _cli.Run("show", "qy-2016-measures", "--as-of", "2022-01-01", "--json");
        var before = _cli.Run("show", "qy-2016-measures", "--as-of", "2020-01-01");

        Assert.Contains("依据：《某省质量发展规划》（某府〔2020〕3号）", renewedShow.Out);
        Assert.Contains("废止：《某市企业首席质量官管理办法》〔本库：qy-2016-measures〕", renewedShow.Out);
        Assert.Contains("效力：已被替代", oldShow.Out);
        Assert.Contains("被替代：见 qy-2021-measures", oldShow.Out);
        using var json = System.Text.Json.JsonDocument.Parse(oldJson.Out);
        Assert.Equal("replaced", json.RootElement.GetProperty("validity").GetProperty("status").GetString());
        Assert.Contains("效力：现行有效", before.Out);
    }

    [Fact]
    public void Show_json_of_a_document_has_every_field()
    {
        var r = _cli.Run("show", "qy-2016-measures", "--json");

        Assert.Equal(0, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.Equal("2016-03-01", root.GetProperty("date").GetString());
        Assert.Equal("清远市", root.GetProperty("region").GetProperty("city").GetString());
        Assert.Equal("measures", root.GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("units").GetArrayLength());
        Assert.Equal("qualifications", root.GetProperty("units")[1].GetProperty("topics")[0].GetString());
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("qy-2016-measures/第九十九条")]
    public void Show_of_something_missing_is_a_one_line_error(string target)
    {
        var r = _cli.Run("show", target);

        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("cqodocs: ", r.Error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var r = _cli.Run("list", "--bogus");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Error);
    }

    [Fact]
    public void A_corrupt_corpus_file_is_reported_by_name_and_line_and_the_others_are_still_listed()
    {
        File.WriteAllText(_cli.File("corpus/broken.md"), "---\ntitle: [\n---\n");

        var r = _cli.Run("list");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("qy-2016-measures", r.Out);
        Assert.Contains("broken.md:2", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
    }
}

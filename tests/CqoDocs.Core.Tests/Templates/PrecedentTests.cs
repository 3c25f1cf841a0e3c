using CqoDocs.Core.Model;
using CqoDocs.Core.Templates;
using CqoDocs.Core.Templates.Precedents;

namespace CqoDocs.Core.Tests.Templates;

/// <summary>--from: choosing a precedent and reading its duties, powers, qualifications and term item by item.</summary>
public class PrecedentTests
{
    private static Unit U(string label, string text, string? heading = null, params string[] topics) => new(label, heading, text, topics, 2);

    /// <summary>A city's measures: duties with a power clause on a continuation line, qualifications, the term, the regulator's own duties.</summary>
    private static readonly Document CityMeasures = new()
    {
        Id = "hexi-2019-measures",
        Title = "河西市企业首席质量官管理办法",
        DocNumber = "河府办〔2019〕5号",
        Date = new DateOnly(2019, 6, 1),
        Region = new Region("江南省", "河西市", null),
        Kind = DocumentKind.Measures,
        Units =
        [
            U("第二条", "河西市市场监督管理局负责推行首席质量官制度，组织首席质量官培训。", null, Topic.Duties),
            U("第四条", "首席质量官履行以下职责:\n(一)组织建立质量管理体系;\n（二）主持质量分析会，督促质量问题整改；\n（三）组织质量攻关活动；\n开展质量成本统计;对重大质量问题行使\"一票否决\";\n（四）企业发生重大质量事故的，首席质量官依法承担相应责任。", null, Topic.Duties, Topic.Powers),
            U("第五条", "首席质量官应当具备下列条件：\n1．熟悉质量法律法规；\n2．具有本科以上学历和三年以上质量管理经历。", null, Topic.Qualifications),
            U("第七条", "首席质量官由企业法定代表人任命并颁发聘书，聘期一般为3年。", null, Topic.Appointment),
        ],
    };

    private static readonly Document OlderCityNotice = CityMeasures with
    {
        Id = "hexi-2012-opinion",
        Title = "河西市关于推行首席质量官制度的意见",
        Date = new DateOnly(2012, 3, 1),
        Units = [U("三（一）", "首席质量官负责质量工作。", "首席质量官职责", Topic.Duties)],
    };

    private static readonly Document ProvinceOpinion = new()
    {
        Id = "jiangnan-2015-opinion",
        Title = "江南省关于推行首席质量官制度的实施意见",
        Date = new DateOnly(2015, 1, 1),
        Region = new Region("江南省", null, null),
        Kind = DocumentKind.Opinion,
        Units =
        [
            U("四", "", "首席质量官的职责", Topic.Duties),
            new Unit("五（一）", null, "不属于第四部分的条目。", [], 3),
            new Unit("四（一）", null, "负责组织制定企业质量战略。", [], 3),
            U("五", "首席质量官享有以下权限：（一）质量否决权；（二）质量考核奖惩权。", null, Topic.Powers),
        ],
    };

    private static readonly Document NewsReport = new()
    {
        Id = "hexi-2023-news",
        Title = "河西市表彰优秀首席质量官",
        Date = new DateOnly(2023, 9, 1),
        Region = new Region("江南省", "河西市", null),
        Kind = DocumentKind.News,
        Units = [U("¶1", "河西市表彰了十名优秀首席质量官。", null, Topic.Incentives)],
    };

    private static readonly IReadOnlyList<Document> Corpus = [NewsReport, ProvinceOpinion, OlderCityNotice, CityMeasures];

    [Fact]
    public void A_region_means_its_most_recent_rules_that_list_CQO_clauses()
    {
        Assert.Equal("hexi-2019-measures", PrecedentSelector.Select(Corpus, "河西").Id);
        Assert.Equal("hexi-2019-measures", PrecedentSelector.Select(Corpus, "江南省河西市").Id);
        Assert.Equal("jiangnan-2015-opinion", PrecedentSelector.Select(Corpus, "江南").Id);
    }

    [Fact]
    public void A_region_with_only_news_reports_has_no_rules_to_follow()
    {
        var error = Assert.Throws<CqoDocsException>(() => PrecedentSelector.Select([NewsReport with { Region = new Region("江南省", "岭北市", null) }], "岭北"));
        Assert.Contains("只有新闻报道", error.Message);
    }

    [Fact]
    public void Clauses_between_semicolons_are_the_list_when_an_article_has_no_numbers()
    {
        var document = new Document
        {
            Id = "x",
            Title = "意见",
            Units = [U("三（二）", "具有良好的职业道德；熟悉质量法律法规；经过任职培训。", "首席质量官任职条件", Topic.Qualifications)],
        };
        Assert.Equal(["具有良好的职业道德", "熟悉质量法律法规", "经过任职培训"],
            PrecedentExtractor.Extract(document).Of(Topic.Qualifications).Select(c => c.Text));
    }

    [Fact]
    public void A_traditional_script_precedent_is_read_in_simplified_script()
    {
        var document = new Document
        {
            Id = "x",
            Title = "關于推行首席質量官制度的實施意見",
            DocNumber = "通政辦發〔2010〕36號",
            Script = Script.Traditional,
            Units = [U("三", "首席質量官負責企業質量戰略規劃的制定；負責創建企業質量文化。", "首席質量官職責", Topic.Duties)],
        };
        var duties = PrecedentExtractor.Extract(document).Of(Topic.Duties).ToList();
        Assert.Equal(["首席质量官负责企业质量战略规划的制定", "负责创建企业质量文化"], duties.Select(c => c.Text));
        Assert.Equal("《关于推行首席质量官制度的实施意见》（通政办发〔2010〕36号）三", duties[0].Citation);
    }

    [Fact]
    public void From_an_article_only_tagged_with_a_topic_only_clauses_in_its_words_are_taken()
    {
        var document = new Document
        {
            Id = "x",
            Title = "意见",
            Units = [U("三", "首席质量官是企业的第一质量人。首席质量官负责质量战略的制定；组织质量改进。", "主要内容", Topic.Duties)],
        };
        Assert.Equal(["首席质量官负责质量战略的制定", "组织质量改进"], PrecedentExtractor.Extract(document).Of(Topic.Duties).Select(c => c.Text));
    }

    [Fact]
    public void An_id_names_one_document()
    {
        Assert.Equal("hexi-2012-opinion", PrecedentSelector.Select(Corpus, "hexi-2012-opinion").Id);
        Assert.Contains("没有", Assert.Throws<CqoDocsException>(() => PrecedentSelector.Select(Corpus, "hexi-2023-news")).Message);
        Assert.Contains("没有编号为“岭北”", Assert.Throws<CqoDocsException>(() => PrecedentSelector.Select(Corpus, "岭北")).Message);
    }

    [Fact]
    public void Duties_are_split_item_by_item_and_cleaned_of_numbering()
    {
        var duties = PrecedentExtractor.Extract(CityMeasures).Of(Topic.Duties).Select(c => c.Text).ToList();
        Assert.Equal(
        [
            "组织建立质量管理体系",
            "主持质量分析会，督促质量问题整改",
            "组织质量攻关活动；开展质量成本统计",
        ], duties);
    }

    [Fact]
    public void A_power_clause_inside_a_duty_item_goes_to_powers_and_a_liability_to_evaluation()
    {
        var clauses = PrecedentExtractor.Extract(CityMeasures);
        Assert.Equal(["对重大质量问题行使“一票否决”"], clauses.Of(Topic.Powers).Select(c => c.Text));
        Assert.Equal(["企业发生重大质量事故的，首席质量官依法承担相应责任"], clauses.Of(Topic.Liability).Select(c => c.Text));
    }

    [Fact]
    public void Qualifications_come_from_the_article_that_states_them()
    {
        var qualifications = PrecedentExtractor.Extract(CityMeasures).Of(Topic.Qualifications).ToList();
        Assert.Equal(["熟悉质量法律法规", "具有本科以上学历和三年以上质量管理经历"], qualifications.Select(c => c.Text));
        Assert.All(qualifications, c => Assert.Equal("《河西市企业首席质量官管理办法》（河府办〔2019〕5号）第五条", c.Citation));
    }

    [Fact]
    public void The_regulators_own_duties_are_not_the_CQOs()
    {
        Assert.DoesNotContain(PrecedentExtractor.Extract(CityMeasures).Clauses, c => c.Text.Contains("市场监督管理局", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_written_inline_count_and_item_units_take_their_parents_subject()
    {
        var clauses = PrecedentExtractor.Extract(ProvinceOpinion);
        Assert.Equal(["质量否决权", "质量考核奖惩权"], clauses.Of(Topic.Powers).Select(c => c.Text));
        Assert.Equal(["负责组织制定企业质量战略"], clauses.Of(Topic.Duties).Select(c => c.Text));
    }

    [Theory]
    [InlineData("聘任期限为两年。", "两年", 2)]
    [InlineData("聘期一般为3年", "3年", 3)]
    [InlineData("任期不少于十二个月", "十二个月", null)]
    [InlineData("有效期2年", null, null)]
    public void The_term_follows_the_precedent(string text, string? term, int? years)
    {
        var document = new Document { Id = "x", Title = "x", Units = [U("第一条", text)] };
        Assert.Equal(term, TermExtractor.Find(document));
        Assert.Equal(years, TermExtractor.Years(term));
    }

    [Fact]
    public void Filling_with_replace_replaces_the_lists_cites_each_item_and_moves_the_end_of_the_term()
    {
        var data = new Dictionary<string, object?>
        {
            ["职责"] = new List<object?> { "自己写的职责" },
            ["考核"] = new List<object?> { new Dictionary<string, object?> { ["内容"] = "年度考核" } },
            ["聘期"] = "两年",
            ["聘期开始"] = "2024-03-01",
            ["聘期结束"] = "2026年2月28日",
        };
        var filled = PrecedentFiller.Fill(data, PrecedentExtractor.Extract(CityMeasures), replace: true).Data;

        var duties = (IReadOnlyList<object?>)filled["职责"]!;
        Assert.Equal(3, duties.Count);
        var first = (IReadOnlyDictionary<string, object?>)duties[0]!;
        Assert.Equal("组织建立质量管理体系", first["内容"]);
        Assert.Equal("《河西市企业首席质量官管理办法》（河府办〔2019〕5号）第四条", first["依据"]);
        Assert.Equal(2, ((IReadOnlyList<object?>)filled["考核"]!).Count);
        Assert.Equal("3年", filled["聘期"]);
        Assert.Equal("2027年2月28日", filled["聘期结束"]);
        Assert.Equal("《河西市企业首席质量官管理办法》", filled["依据文件"]);
        Assert.Equal(["自己写的职责"], (IReadOnlyList<object?>)data["职责"]!);
    }

    [Fact]
    public void A_job_description_from_a_precedent_shows_its_clauses_and_citations()
    {
        var example = DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml("job-description")!, "jd"), "jd").Single();
        var filled = PrecedentFiller.Fill(example, PrecedentExtractor.Extract(CityMeasures), replace: true).Data;
        var lines = TestDocx.Lines(BundledTemplates.Get("job-description").Render(filled));
        Assert.Contains("| 1 | 组织建立质量管理体系 | 《河西市企业首席质量官管理办法》（河府办〔2019〕5号）第四条 |", lines);
        Assert.Contains(lines, l => l.Contains("对重大质量问题行使“一票否决”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("具有本科以上学历和三年以上质量管理经历", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("《质量手册》第5.1条", StringComparison.Ordinal));
    }

    [Fact]
    public void Filling_adds_the_precedents_items_after_the_datas_own_and_says_so_item_by_item()
    {
        var data = new Dictionary<string, object?>
        {
            ["职责"] = new List<object?> { new Dictionary<string, object?> { ["内容"] = "自己写的职责" }, new Dictionary<string, object?> { ["内容"] = "组织建立质量管理体系。" } },
        };
        var result = PrecedentFiller.Fill(data, PrecedentExtractor.Extract(CityMeasures));

        var duties = ((IReadOnlyList<object?>)result.Data["职责"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(d => d["内容"]).ToList();
        Assert.Equal("自己写的职责", duties[0]);
        Assert.Equal("组织建立质量管理体系。", duties[1]);
        Assert.Equal(4, duties.Count);
        Assert.Single(duties, d => ((string)d!).StartsWith("组织建立质量管理体系", StringComparison.Ordinal));
        var notes = result.Notes.Where(n => n.Key == "职责").Select(n => n.Note).ToList();
        Assert.Contains(notes, n => n.Contains("原有 2 条保留", StringComparison.Ordinal) && n.Contains("增加", StringComparison.Ordinal) && n.Contains("1 条数据中已有", StringComparison.Ordinal));
        Assert.Equal(2, notes.Count(n => n.TrimStart().StartsWith('+')));
    }

    [Fact]
    public void Articles_under_a_chapter_titled_for_duties_are_duties_and_a_duty_naming_a_power_word_stays_a_duty()
    {
        var document = CityMeasures with
        {
            Id = "chapters",
            Units =
            [
                new Unit("第二章", "首席质量官职责", "", [], 1),
                new Unit("第六条", null, "（一）负责产品质量的检控和质量考核奖惩的实施；\n（二）组织质量攻关；\n（三）对不合格产品的放行行使否决权。", [], 2),
                new Unit("第三章", "附则", "", [], 1),
                new Unit("第九条", null, "本办法自发布之日起施行。", [], 2),
            ],
        };
        var clauses = PrecedentExtractor.Extract(document);

        Assert.Equal(["负责产品质量的检控和质量考核奖惩的实施", "组织质量攻关"], clauses.Of(Topic.Duties).Select(c => c.Text));
        Assert.Equal(["对不合格产品的放行行使否决权"], clauses.Of(Topic.Powers).Select(c => c.Text));
    }

    [Fact]
    public void Under_a_heading_of_powers_and_responsibilities_a_plain_duty_is_a_duty()
    {
        var document = CityMeasures with
        {
            Id = "mixed",
            Units = [U("三", "向企业决策层提出质量工作建议，行使质量否决权；组织监督检查各岗位质量责任的落实。", "首席质量官工作权责", Topic.Powers)],
        };
        var clauses = PrecedentExtractor.Extract(document);

        Assert.Equal(["组织监督检查各岗位质量责任的落实"], clauses.Of(Topic.Duties).Select(c => c.Text));
        Assert.Single(clauses.Of(Topic.Powers));
    }
}

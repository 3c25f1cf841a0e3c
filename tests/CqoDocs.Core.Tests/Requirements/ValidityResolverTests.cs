using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Tests.Requirements;

public sealed class ValidityResolverTests
{
    private static readonly Region City = new("某省", "丙市", null);

    private static Document Doc(string id, string title, DateOnly? date, DateOnly? effective, string lastArticle, string? number = null, DocumentKind kind = DocumentKind.Measures) =>
        RequirementTestDocuments.Make(id, title, City, date, ("", "为加强质量管理，制定本办法。"), ("", lastArticle)) with
        {
            Effective = effective,
            DocNumber = number,
            Kind = kind,
        };

    private static DocumentValidity Status(DateOnly today, Document document, params Document[] others) =>
        ValidityResolver.Resolve([document, .. others], today)[document.Id];

    [Fact]
    public void A_trial_measure_runs_out_its_stated_years_after_it_takes_effect()
    {
        var d = Doc("a", "丙市首席质量官管理办法（试行）", new DateOnly(2016, 3, 1), new DateOnly(2016, 4, 7), "本办法自公布之日起30天后施行，试行期两年。");

        var during = Status(new DateOnly(2017, 1, 1), d);
        var after = Status(new DateOnly(2018, 4, 7), d);

        Assert.Equal(DocumentStatus.InForce, during.Status);
        Assert.Equal(new DateOnly(2018, 4, 6), during.Until);
        Assert.Equal(DocumentStatus.TrialExpired, after.Status);
        Assert.Equal("试行期两年", after.Source!.Text);
        Assert.Equal("第二条", after.Source.UnitLabel);
    }

    [Fact]
    public void A_period_ending_on_a_date_expires_after_that_day()
    {
        var d = Doc("a", "丙市首席质量官管理办法", new DateOnly(2018, 1, 1), null, "本办法自印发之日起施行，有效期至2022年12月31日。");

        Assert.Equal(DocumentStatus.InForce, Status(new DateOnly(2022, 12, 31), d).Status);
        Assert.Equal(DocumentStatus.Expired, Status(new DateOnly(2023, 1, 1), d).Status);
    }

    [Fact]
    public void A_document_taking_effect_later_is_not_yet_in_force()
    {
        var d = Doc("a", "丙市首席质量官管理办法", new DateOnly(2030, 1, 1), new DateOnly(2030, 3, 1), "本办法自2030年3月1日起施行。");

        Assert.Equal(DocumentStatus.NotYetInForce, Status(new DateOnly(2030, 2, 1), d).Status);
    }

    [Fact]
    public void A_later_document_that_repeals_the_old_one_by_title_replaces_it()
    {
        var old = Doc("old", "丙市首席質量官管理辦法（試行）", new DateOnly(2014, 1, 1), null, "本办法自印发之日起施行。");
        var renewed = Doc("new", "丙市首席质量官管理办法", new DateOnly(2019, 6, 1), new DateOnly(2019, 7, 1),
            "本办法自2019年7月1日起施行，原《丙市首席质量官管理办法（试行）》同时废止。");

        var status = Status(new DateOnly(2024, 1, 1), old, renewed);

        Assert.Equal(DocumentStatus.Replaced, status.Status);
        Assert.Equal(["new"], status.ReplacedBy);
        Assert.Contains("同时废止", status.Source!.Text);
        var repeal = Assert.Single(ValidityResolver.Resolve([old, renewed], new DateOnly(2024, 1, 1))["new"].Repeals);
        Assert.Equal("old", repeal.Id);
        // Before the new one takes effect the old one still holds.
        Assert.Equal(DocumentStatus.InForce, Status(new DateOnly(2019, 6, 15), old, renewed).Status);
    }

    [Fact]
    public void A_repeal_naming_the_document_number_finds_it()
    {
        var old = Doc("old", "丙市推行首席质量官制度实施意见", new DateOnly(2012, 1, 1), null, "本意见自印发之日起施行。", number: "丙政办〔2012〕8号");
        var repeal = Doc("repeal", "丙市人民政府关于废止部分规范性文件的决定", new DateOnly(2020, 1, 1), null,
            "《丙市推行首席质量官制度的实施意见》（丙政办[2012]8号）自即日起废止。");

        Assert.Equal(DocumentStatus.Repealed, Status(new DateOnly(2024, 1, 1), old, repeal).Status);
    }

    [Fact]
    public void News_is_not_a_rule_and_a_document_without_dates_cannot_be_judged()
    {
        var news = Doc("n", "丙市召开质量工作会议", new DateOnly(2020, 1, 1), null, "会议要求推行首席质量官制度。", kind: DocumentKind.News);
        var undated = Doc("u", "丙市首席质量官管理办法", null, null, "本办法自印发之日起施行。");

        Assert.Equal(DocumentStatus.NotARule, Status(new DateOnly(2024, 1, 1), news).Status);
        Assert.Equal(DocumentStatus.Unknown, Status(new DateOnly(2024, 1, 1), undated).Status);
    }

    [Fact]
    public void The_documents_it_implements_are_read_from_its_basis()
    {
        var d = RequirementTestDocuments.Make("a", "丙市首席质量官管理办法", City, new DateOnly(2020, 1, 1),
            ("", "根据《国家质检总局关于开展企业首席质量官制度试点工作的通知》（质检办质〔2012〕749号）等规定，制定本办法。"));

        var implemented = Assert.Single(Status(new DateOnly(2024, 1, 1), d).Implements);
        Assert.Equal("国家质检总局关于开展企业首席质量官制度试点工作的通知", implemented.Title);
        Assert.Equal("质检办质〔2012〕749号", implemented.DocNumber);
    }

    [Fact]
    public void A_status_the_corpus_file_declares_wins_over_the_dates()
    {
        var d = Doc("a", "丙市首席质量官管理办法", new DateOnly(2018, 1, 1), null, "本办法自印发之日起施行。") with
        {
            Validity = new DeclaredValidity { Status = DocumentStatus.Repealed, Note = "据2023年清理决定废止" },
        };

        var status = Status(new DateOnly(2024, 1, 1), d);

        Assert.Equal(DocumentStatus.Repealed, status.Status);
        Assert.Contains("据2023年清理决定废止", status.Reason);
        Assert.False(status.InForce);
    }

    [Fact]
    public void A_declared_last_day_ends_a_document_whose_text_gives_no_period()
    {
        var d = Doc("a", "丙市首席质量官管理办法", new DateOnly(2018, 1, 1), null, "本办法自印发之日起施行。") with
        {
            Validity = new DeclaredValidity { Until = new DateOnly(2021, 6, 30) },
        };

        Assert.Equal(DocumentStatus.InForce, Status(new DateOnly(2021, 6, 30), d).Status);
        var after = Status(new DateOnly(2021, 7, 1), d);
        Assert.Equal(DocumentStatus.Expired, after.Status);
        Assert.Equal(new DateOnly(2021, 6, 30), after.Until);
    }

    [Fact]
    public void A_declared_replacement_names_the_document_that_replaces_it()
    {
        var renewed = Doc("new", "丙市首席质量官管理办法（修订）", new DateOnly(2022, 1, 1), null, "本办法自印发之日起施行。");
        var old = Doc("old", "丙市首席质量官管理办法", new DateOnly(2016, 1, 1), null, "本办法自印发之日起施行。") with
        {
            Validity = new DeclaredValidity { ReplacedBy = "new" },
        };

        var status = Status(new DateOnly(2024, 1, 1), old, renewed);

        Assert.Equal(DocumentStatus.Replaced, status.Status);
        Assert.Equal(["new"], status.ReplacedBy);
        Assert.Contains("丙市首席质量官管理办法（修订）", status.Reason);
    }

    [Fact]
    public void Facts_kept_apart_from_the_units_give_the_same_statuses_as_the_whole_documents()
    {
        var old = Doc("old", "丙市首席质量官管理办法（试行）", new DateOnly(2014, 1, 1), null, "本办法自印发之日起施行，试行期三年。");
        var renewed = Doc("new", "丙市首席质量官管理办法", new DateOnly(2019, 6, 1), new DateOnly(2019, 7, 1),
            "本办法自2019年7月1日起施行，原《丙市首席质量官管理办法（试行）》同时废止。");
        var today = new DateOnly(2024, 1, 1);

        var whole = ValidityResolver.Resolve([old, renewed], today);
        var kept = ValidityResolver.Resolve([new DocumentFacts(old with { Units = [] }, ValidityFacts.Of(old)), new DocumentFacts(renewed with { Units = [] }, ValidityFacts.Of(renewed))], today);

        Assert.Equal(whole["old"].Status, kept["old"].Status);
        Assert.Equal(whole["old"].Reason, kept["old"].Reason);
        Assert.Equal(whole["new"].Repeals.Select(r => r.Id), kept["new"].Repeals.Select(r => r.Id));
    }
}

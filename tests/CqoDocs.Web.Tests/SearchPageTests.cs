using System.Net;

namespace CqoDocs.Web.Tests;

public sealed class SearchPageTests(Workbench workbench) : IClassFixture<Workbench>
{
    [Fact]
    public async Task The_search_page_without_a_query_shows_the_form_and_the_filters_from_the_corpus()
    {
        var (status, html) = await workbench.Get("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains("<option value=\"广东省湖滨市\">广东省湖滨市</option>", html);
        Assert.Contains("<option value=\"qualifications\">任职条件</option>", html);
        Assert.Contains("<option value=\"opinion\">实施意见</option>", html);
        Assert.Contains("<option value=\"2020\">2020</option>", html);
        Assert.DoesNotContain("class=\"hit\"", html);
    }

    [Fact]
    public async Task The_filters_follow_a_file_added_to_or_removed_from_the_library_after_the_first_page()
    {
        using var fresh = new Workbench();
        var (_, before) = await fresh.Get("/");
        var added = TestCorpus.Lakeside with
        {
            Id = "made-up-2011-notice", Title = "石桥县首席质量官工作通知", Kind = Core.Model.DocumentKind.Plan,
            Region = new Core.Model.Region("云南省", "石桥市", "石桥县"), Date = new DateOnly(2011, 6, 1),
        };
        var file = Path.Combine(fresh.Corpus, added.Id + ".md");
        File.WriteAllText(file, Core.Corpus.CorpusMarkdown.Write(added));

        var (status, after) = await fresh.Get("/");
        File.Delete(file);
        var (_, removed) = await fresh.Get("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("云南省", before);
        Assert.Contains("<option value=\"云南省石桥市石桥县\">云南省石桥市石桥县</option>", after);
        Assert.Contains("<option value=\"2011\">2011</option>", after);
        Assert.Contains("<option value=\"plan\">", after);
        Assert.DoesNotContain("云南省", removed);
        Assert.DoesNotContain("<option value=\"2011\">", removed);
    }

    [Fact]
    public async Task A_query_in_the_url_lists_hits_with_marked_words_citations_and_copy_buttons()
    {
        var (status, html) = await workbench.Get("/?q=" + Uri.EscapeDataString("质量管理体系"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<mark>", html);
        Assert.Contains("《湖滨市企业首席质量官管理办法》（湖市监发〔2018〕7号）第三条", html);
        Assert.Contains("data-copy=\"《湖滨市企业首席质量官管理办法》（湖市监发〔2018〕7号）第三条\"", html);
        Assert.Contains("value=\"质量管理体系\"", html);
        Assert.DoesNotContain("class=\"pager\"", html); // one page of hits needs no pager
    }

    [Fact]
    public async Task With_a_query_each_filter_value_shows_how_many_matching_units_it_holds()
    {
        var (status, html) = await workbench.Get("/?q=" + Uri.EscapeDataString("学历"));

        Assert.Equal(HttpStatusCode.OK, status);
        // 学历 is said by 湖滨 第二条 (广东省, 2018, 管理办法) and 山城 一（一） (江西省, 2020, 实施意见), both 任职条件.
        Assert.Contains("<option value=\"qualifications\">任职条件（2）</option>", html);
        Assert.Contains("<option value=\"广东省\">广东省（1）</option>", html);
        Assert.Contains("<option value=\"2020\">2020（1）</option>", html);
        Assert.Contains("<option value=\"opinion\">实施意见（1）</option>", html);
        Assert.Contains("<option value=\"duties\">职责（0）</option>", html);
    }

    [Fact]
    public async Task A_region_filter_keeps_only_that_regions_hits()
    {
        var (status, html) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&region=" + Uri.EscapeDataString("江西省"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("山城市", html);
        Assert.DoesNotContain("《湖滨市企业首席质量官管理办法》", html);
        Assert.Contains("<option value=\"江西省\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task Topic_kind_and_year_filters_narrow_the_hits()
    {
        var (_, byTopic) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&topic=duties");
        var (_, byKind) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&kind=opinion");
        var (_, byYear) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&year=2018");

        Assert.Contains("第三条", byTopic);
        Assert.DoesNotContain("》（湖市监发〔2018〕7号）第二条", byTopic);
        Assert.Contains("山城市", byKind);
        Assert.DoesNotContain("湖市监发", byKind);
        Assert.Contains("湖市监发", byYear);
        Assert.DoesNotContain("《关于山城市推行首席质量官制度的实施意见》", byYear);
    }

    [Fact]
    public async Task Each_hit_shows_its_documents_status_and_the_in_force_box_leaves_out_repealed_documents()
    {
        var (_, all) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官"));
        var (status, inForce) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&inforce=1");

        Assert.Contains("海港市", all);
        Assert.Contains("class=\"not-in-force\"", all);
        Assert.Contains(">已废止</span>", all);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("海港市关于", inForce);
        Assert.DoesNotContain("已废止", inForce);
        Assert.Contains(">现行有效</span>", inForce);
        Assert.Contains("name=\"inforce\" value=\"1\" checked=\"checked\"", inForce);
    }

    [Fact]
    public async Task Pages_follow_one_another_and_keep_the_query()
    {
        var (_, first) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官"));
        Assert.Contains("第 1 / 1 页", first);

        var (status, beyond) = await workbench.Get("/?q=" + Uri.EscapeDataString("首席质量官") + "&p=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("class=\"hit\"", beyond);
        Assert.Contains("上一页", beyond);
        Assert.Contains("href=\"/?q=%E9%A6%96%E5%B8%AD%E8%B4%A8%E9%87%8F%E5%AE%98\"", beyond);
    }

    [Theory]
    [InlineData("/?q=%EF%BC%8C%E7%9A%84", "没有可查找的词语")]
    [InlineData("/?q=%E8%B4%A8%E9%87%8F&topic=nonsense", "未知的主题")]
    [InlineData("/?q=%E8%B4%A8%E9%87%8F&region=%E7%81%AB%E6%98%9F", "没有地区")]
    [InlineData("/?q=%E8%B4%A8%E9%87%8F&kind=poem", "未知的文件类型")]
    [InlineData("/?q=%E8%B4%A8%E9%87%8F&year=abc", "年份应为正整数")]
    [InlineData("/?q=%E8%B4%A8%E9%87%8F&p=0", "页码应为正整数")]
    public async Task A_bad_query_or_filter_answers_400_with_the_reason_in_chinese(string url, string reason)
    {
        var (status, html) = await workbench.Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, html);
        Assert.Contains("name=\"q\"", html);
    }

    [Fact]
    public async Task A_query_that_finds_nothing_says_so()
    {
        var (status, html) = await workbench.Get("/?q=" + Uri.EscapeDataString("航天飞机"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("没有找到与“航天飞机”相关的条目", html);
    }

    [Fact]
    public async Task Markup_in_a_notice_or_the_query_is_shown_as_text()
    {
        var (_, html) = await workbench.Get("/?q=" + Uri.EscapeDataString("培训 <script>"));

        Assert.Contains("培训", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Only_the_pages_own_script_and_style_may_run()
    {
        using var first = await workbench.Client.GetAsync("/");
        using var second = await workbench.Client.GetAsync("/");
        var policy = string.Join(";", first.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'nonce-([^']+)'").Groups[1].Value;
        var html = await first.Content.ReadAsStringAsync();

        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", html);
        Assert.Contains($"<style nonce=\"{nonce}\">", html);
        Assert.DoesNotContain(nonce, string.Join(";", second.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task An_address_no_page_answers_is_404_in_chinese()
    {
        var (status, html) = await workbench.Get("/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("找不到页面", html);
    }
}

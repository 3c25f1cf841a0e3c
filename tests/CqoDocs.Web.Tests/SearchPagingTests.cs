using System.Net;
using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Web.Tests;

public sealed class SearchPagingTests : IDisposable
{
    // 25 articles that all mention the word searched for: three pages of ten.
    private readonly Workbench _workbench = new([TestCorpus.Lakeside with
    {
        Units = Enumerable.Range(1, 25).Select(i => new Unit($"第{i}条", null, $"企业应当落实质量责任，第{i}项。", [Topic.Duties])).ToList(),
    }]);

    private static readonly string Query = "/?q=" + Uri.EscapeDataString("质量责任");

    private static int Hits(string html) => Regex.Count(html, "class=\"hit\"");

    [Fact]
    public async Task Twenty_five_hits_make_three_pages_of_at_most_ten()
    {
        var (_, first) = await _workbench.Get(Query);
        var (_, last) = await _workbench.Get(Query + "&p=3");

        Assert.Equal(10, Hits(first));
        Assert.Contains("共 25 个条目匹配，第 1 / 3 页", first);
        Assert.Contains($"href=\"{Query}&amp;p=2\">下一页", first);
        Assert.Equal(5, Hits(last));
        Assert.Contains($"href=\"{Query}&amp;p=2\">上一页", last);
        Assert.DoesNotContain("下一页", last);
    }

    [Fact]
    public async Task No_hit_appears_on_two_pages()
    {
        var citations = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var (_, html) = await _workbench.Get(Query + $"&p={page}");
            citations.AddRange(Regex.Matches(html, "data-copy=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        }

        Assert.Equal(25, citations.Count);
        Assert.Equal(25, citations.Distinct().Count());
    }

    [Fact]
    public async Task A_page_beyond_the_limit_answers_400()
    {
        var (status, html) = await _workbench.Get(Query + "&p=99999999999");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("页码", html);
    }

    public void Dispose() => _workbench.Dispose();
}

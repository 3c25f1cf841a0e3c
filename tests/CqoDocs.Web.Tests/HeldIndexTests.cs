using System.Net;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Web.Tests;

/// <summary>The search page keeps one index open between requests; it must still follow the library and serve requests at once.</summary>
public sealed class HeldIndexTests
{
    private static readonly Document Newcomer = new()
    {
        Id = "云岭-2023-measures",
        Title = "云岭市首席质量官管理办法",
        Date = new DateOnly(2023, 2, 1),
        Region = new Region("云南省", "云岭市", null),
        Kind = DocumentKind.Measures,
        Units = [new Unit("第一条", null, "首席质量官应当参加茶叶质量追溯培训。", [Topic.Training])],
    };

    [Fact]
    public async Task A_document_added_while_the_server_runs_is_found_by_the_next_search()
    {
        using var workbench = new Workbench();
        var (_, before) = await workbench.Get("/?q=" + Uri.EscapeDataString("茶叶"));

        File.WriteAllText(Path.Combine(workbench.Corpus, Newcomer.Id + ".md"), CorpusMarkdown.Write(Newcomer));
        var (status, after) = await workbench.Get("/?q=" + Uri.EscapeDataString("茶叶"));

        Assert.Contains("没有找到", before);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("《云岭市首席质量官管理办法》第一条", after);
    }

    [Fact]
    public async Task A_document_removed_while_the_server_runs_is_no_longer_a_hit()
    {
        using var workbench = new Workbench();
        var (_, before) = await workbench.Get("/?q=" + Uri.EscapeDataString("质量管理体系"));

        File.Delete(Path.Combine(workbench.Corpus, TestCorpus.Lakeside.Id + ".md"));
        var (_, after) = await workbench.Get("/?q=" + Uri.EscapeDataString("质量管理体系"));

        Assert.Contains("湖滨市企业首席质量官管理办法", before);
        Assert.DoesNotContain("湖滨市企业首席质量官管理办法", after);
    }

    [Fact]
    public async Task Many_searches_at_once_all_answer_the_same()
    {
        using var workbench = new Workbench();
        var url = "/?q=" + Uri.EscapeDataString("首席质量官");
        var (_, first) = await workbench.Get(url);

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => workbench.Get(i % 2 == 0 ? url : url + "&topic=duties")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Equal(Hits(first), Hits(a.Html)));
    }

    private static string Hits(string html) => html[html.IndexOf("共 ", StringComparison.Ordinal)..][..20];
}

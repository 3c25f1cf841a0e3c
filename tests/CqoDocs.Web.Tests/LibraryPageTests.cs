using System.Net;

namespace CqoDocs.Web.Tests;

public sealed class LibraryPageTests(Workbench workbench) : IClassFixture<Workbench>
{
    [Fact]
    public async Task The_library_lists_every_document_with_a_link_to_its_page()
    {
        var (status, html) = await workbench.Get("/library");

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var document in TestCorpus.Documents)
        {
            Assert.Contains($"href=\"/doc/{Uri.EscapeDataString(document.Id)}\"", html);
        }
        Assert.Contains("3 件文件", html);
        Assert.Contains("湖市监发〔2018〕7号", html);
    }

    [Fact]
    public async Task A_file_that_does_not_load_is_listed_by_name_with_the_reason_but_not_its_folder()
    {
        var (_, html) = await workbench.Get("/library");

        var problems = html[html.IndexOf("<table class=\"problems\">", StringComparison.Ordinal)..];
        problems = problems[..problems.IndexOf("</table>", StringComparison.Ordinal)];

        Assert.Contains("无法读取的文件（1）", html);
        Assert.Matches("<td>坏文件.md(:\\d+)?</td><td>[^<]+</td>", problems);
        Assert.DoesNotContain(workbench.Corpus, problems);
    }

    [Fact]
    public async Task A_title_holding_markup_is_listed_as_text()
    {
        var (_, html) = await workbench.Get("/library");

        Assert.Contains("海港市关于首席质量官&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
    }
}

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

public sealed class LibraryChangeTests : IDisposable
{
    private readonly Workbench _workbench = new();

    [Fact]
    public async Task A_document_added_to_the_corpus_while_serving_is_listed_and_found()
    {
        var (_, before) = await _workbench.Get("/library");
        var added = TestCorpus.Lakeside with { Id = "新城-2022-measures", Title = "新城市首席质量官办法", DocNumber = "新市监〔2022〕1号" };
        File.WriteAllText(Path.Combine(_workbench.Corpus, added.Id + ".md"), Core.Corpus.CorpusMarkdown.Write(added));

        var (_, after) = await _workbench.Get("/library");
        var (_, search) = await _workbench.Get("/?q=" + Uri.EscapeDataString("质量管理体系"));

        Assert.DoesNotContain("新城市首席质量官办法", before);
        Assert.Contains("新城市首席质量官办法", after);
        Assert.Contains("《新城市首席质量官办法》（新市监〔2022〕1号）第三条", search);
    }

    public void Dispose() => _workbench.Dispose();
}

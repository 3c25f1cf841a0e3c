using System.Text.RegularExpressions;
using CqoDocs.Core.Model;
using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

[Collection(WorkbenchCollection.Name)]
public sealed class SearchToCitationTests(LiveWorkbench workbench)
{
    [Fact]
    public async Task A_drafter_searches_narrows_by_region_opens_an_article_and_copies_its_citation()
    {
        var page = await workbench.NewPage();
        await page.GotoAsync("/");
        await page.GetByPlaceholder("输入要查找的词语").FillAsync("学历");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        var unfiltered = await page.Locator(".hit").CountAsync();

        // The region filter shows how many matching units it holds, and applying it keeps only those.
        var zhejiang = page.Locator("select[name=region] option[value='浙江省']");
        Assert.Matches(@"^浙江省（\d+）$", (await zhejiang.TextContentAsync())!.Trim());
        await page.Locator("select[name=region]").SelectOptionAsync("浙江省");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();

        Assert.Contains("region=", page.Url);
        var hits = page.Locator(".hit");
        Assert.InRange(await hits.CountAsync(), 1, unfiltered);
        foreach (var meta in await hits.Locator(".meta").AllTextContentsAsync()) Assert.Contains("浙江省", meta);

        var riverside = Citation.Of(Notices.Riverside);
        await hits.GetByRole(AriaRole.Link, new() { NameString = riverside }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/doc/"));
        var heading = (await page.Locator("h1").TextContentAsync())!;
        Assert.StartsWith(riverside, heading.Trim());

        var copy = page.Locator("h1 button[data-copy]");
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToHaveTextAsync("已复制");
        var clipboard = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(Citation.Of(Notices.Riverside, Notices.Riverside.FindUnit("第五条")), clipboard);
    }
}

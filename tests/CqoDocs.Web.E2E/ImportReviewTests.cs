using System.Text;
using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

/// <summary>Its own workbench: saving into the library must not change what the other browser tests see.</summary>
public sealed class ImportReviewTests(ImportReviewTests.EmptyLibrary workbench) : IClassFixture<ImportReviewTests.EmptyLibrary>
{
    public sealed class EmptyLibrary() : LiveWorkbench([]);

    /// <summary>A made-up saved page: a 通知 issuing a 办法, one of whose articles says something no other notice says.</summary>
    internal const string SavedPage = """
        关于印发《云杉市企业首席质量官管理办法》的通知
        云市监发〔2024〕3号
        各县（市、区）市场监督管理局：
        现将《云杉市企业首席质量官管理办法》印发给你们，请认真贯彻执行。
        云杉市市场监督管理局
        2024年3月1日
        云杉市企业首席质量官管理办法
        第一条 为落实企业质量主体责任，制定本办法。
        第二条 首席质量官应当具有大学本科以上学历，从事质量管理工作五年以上。
        第三条 首席质量官负责组织建立冷链食品追溯制度。
        """;

    [Fact]
    public async Task A_drafter_uploads_a_page_corrects_its_title_saves_it_and_finds_it_by_search()
    {
        var page = await workbench.NewPage();
        await page.GotoAsync("/import");
        await page.Locator("#import-pages").SetInputFilesAsync(new FilePayload
        {
            Name = "yunshan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(SavedPage),
        });
        await page.Locator("#import-upload-submit").ClickAsync();

        var title = page.Locator("[id='docs[0].title']");
        await Assertions.Expect(title).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("首席质量官管理办法"));
        await title.FillAsync("云杉市企业首席质量官管理办法（修订稿）");
        await page.Locator("#import-save").ClickAsync();
        await Assertions.Expect(page.Locator("#import-saved")).ToBeVisibleAsync();

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("冷链食品追溯"));
        var hit = page.Locator(".hit").First;
        await Assertions.Expect(hit).ToContainTextAsync("《云杉市企业首席质量官管理办法（修订稿）》");
        await Assertions.Expect(hit.Locator("mark").First).ToBeVisibleAsync();
    }
}

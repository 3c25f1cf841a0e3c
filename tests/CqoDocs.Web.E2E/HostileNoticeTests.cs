using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

[Collection(WorkbenchCollection.Name)]
public sealed class HostileNoticeTests(LiveWorkbench workbench)
{
    [Theory]
    [InlineData("/library")]
    [InlineData("/doc/海滨-2022-notice")]
    [InlineData("/doc/海滨-2022-notice/一")]
    [InlineData("/?q=培训")]
    [InlineData("/compare?topic=training")]
    public async Task Markup_in_a_notice_shows_as_text_and_never_runs(string address)
    {
        var page = await workbench.NewPage();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        var response = await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByText("<script>alert(").Filter(new() { Visible = true }).First).ToBeVisibleAsync();
        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("a[href^='javascript:'], img[onerror]").CountAsync());
        // Only the page's own script (the copy button) is on it.
        Assert.Equal(1, await page.Locator("script").CountAsync());
    }

    [Fact]
    public async Task A_javascript_link_in_a_notice_is_plain_text_that_clicking_does_nothing_with()
    {
        var page = await workbench.NewPage();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync("/doc/海滨-2022-notice/一");

        var text = page.GetByText("javascript:alert(").First;
        await text.ClickAsync();

        Assert.Equal(0, dialogs);
        Assert.EndsWith("/doc/%E6%B5%B7%E6%BB%A8-2022-notice/%E4%B8%80", page.Url);
    }
}

using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

/// <summary>
/// The README's screenshots, one PNG per workbench page, over the bundled corpus as a drafter first sees it:
/// `CQODOCS_SCREENSHOTS=docs/screenshots dotnet test tests/CqoDocs.Web.E2E --filter Screenshots`.
/// A new page is one more line in <see cref="Pages"/>.
/// </summary>
public sealed class Screenshots(Screenshots.BundledCorpus workbench) : IClassFixture<Screenshots.BundledCorpus>
{
    /// <summary>The workbench over the bundled corpus and an empty library.</summary>
    public sealed class BundledCorpus() : LiveWorkbench([]);

    /// <summary>File name (without .png), the address, and whether to take the whole page rather than the first screen.</summary>
    public static readonly TheoryData<string, string, bool> Pages = new()
    {
        { "search", "/", false },
        { "search-results", "/?q=任职条件", false },
        { "document", "/doc/清远-2016-measures", false },
        { "article", "/doc/清远-2016-measures/第六条", false },
        { "compare", "/compare?topic=qualifications&region=广东省清远市&region=吉林省", true },
        { "library", "/library", false },
        { "generate", "/generate", false },
        { "generate-form", "/generate/job-description", false },
    };

    [ScreenshotTheory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_is_photographed_as_a_drafter_sees_it(string name, string address, bool fullPage)
    {
        var folder = ScreenshotTheoryAttribute.Folder!;
        Directory.CreateDirectory(folder);
        var page = await workbench.NewPage(1280, 860);

        var response = await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, response!.Status);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>The import page once a page is uploaded: what was read, ready to correct.</summary>
    [ScreenshotTheory]
    [InlineData("import-review")]
    public async Task The_import_review_is_photographed_with_a_page_uploaded(string name)
    {
        var folder = ScreenshotTheoryAttribute.Folder!;
        Directory.CreateDirectory(folder);
        var page = await workbench.NewPage(1280, 860);
        await page.GotoAsync("/import");
        await page.Locator("#import-pages").SetInputFilesAsync(new FilePayload
        {
            Name = "yunshan.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(ImportReviewTests.SavedPage),
        });
        await page.Locator("#import-upload-submit").ClickAsync();
        await Assertions.Expect(page.Locator("[id='docs[0].title']")).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = false });
    }
}

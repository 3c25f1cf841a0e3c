using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

[Collection(WorkbenchCollection.Name)]
public sealed class CompareDownloadTests(LiveWorkbench workbench)
{
    private async Task<IPage> CompareTwoRegions()
    {
        var page = await workbench.NewPage();
        await page.GotoAsync("/compare");
        await page.Locator("select[name=topic]").SelectOptionAsync("qualifications");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "浙江省江滨市", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "江西省湖州市", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "对照" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task A_drafter_compares_two_regions_and_downloads_a_valid_word_table_of_them()
    {
        var page = await CompareTwoRegions();
        var table = page.Locator("table.compare");
        await Assertions.Expect(table.Locator("thead th")).ToHaveCountAsync(2);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Word 对照表（.docx）" }).ClickAsync());
        var path = Path.Combine(workbench.DownloadFolder, Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);

        Assert.EndsWith(".docx", download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>()).InnerText;
        Assert.Contains("大学本科以上学历", text);
        Assert.Contains("大专以上学历", text);
    }

    [Fact]
    public async Task The_differing_degrees_and_years_stand_out_in_the_text_and_in_the_matrix()
    {
        var page = await CompareTwoRegions();

        var marked = await page.Locator("table.compare mark.differs").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Contains("本科"));
        Assert.Contains(marked, m => m.Contains("大专"));
        Assert.Contains(marked, m => m.Contains("五年"));
        Assert.Contains(marked, m => m.Contains("三年"));
        // The mark is seen, not only present: its background differs from the cell's.
        var background = await page.Locator("table.compare mark.differs").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);

        var matrix = page.Locator("table.matrix");
        await Assertions.Expect(matrix.Locator("tr.differs th[scope=row]", new() { HasText = "学历" })).ToBeVisibleAsync();
        await Assertions.Expect(matrix.Locator("tr.differs th[scope=row]", new() { HasText = "聘期" })).ToBeVisibleAsync();
        await Assertions.Expect(matrix.Locator("tr.differs th[scope=row]", new() { HasText = "任命者" })).ToBeVisibleAsync();
    }
}

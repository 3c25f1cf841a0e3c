using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CqoDocs.Web.E2E;

[Collection(WorkbenchCollection.Name)]
public sealed class GenerateFromPrecedentTests(LiveWorkbench workbench)
{
    [Fact]
    public async Task A_job_description_filled_from_a_precedent_through_the_form_downloads_as_a_valid_docx_with_its_clauses()
    {
        var page = await workbench.NewPage();
        await page.GotoAsync("/generate");
        await page.Locator("a[href='/generate/job-description']").First.ClickAsync();
        await page.Locator("#precedent").SelectOptionAsync(Notices.Riverside.Id);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#generate-download").ClickAsync());
        var path = Path.Combine(workbench.DownloadFolder, Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);

        Assert.EndsWith(".docx", download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        // The precedent's duty (第七条) and qualification (第五条) clauses, taken into the job description.
        Assert.Contains("组织建立和完善企业质量管理体系", text);
        Assert.Contains("熟悉质量法律法规", text);
    }
}

using System.Text;
using CqoDocs.Core;
using CqoDocs.Search.Compare;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// A topic across regions, side by side (对照表), with the same table as .docx or Markdown to download.
/// An unknown topic or region answers 400 with the reason and the nearest names.
/// </summary>
internal sealed class CompareModel(Library library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true, Name = "region")] public string[] Regions { get; set; } = [];

    public Facets Facets { get; private set; } = null!;
    public Comparison? Comparison { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => Answer(_ => Page());

    public IActionResult OnGetMarkdown() => Answer(comparison =>
    {
        var text = new StringWriter();
        ComparisonMarkdownWriter.Write(comparison, text);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/markdown; charset=utf-8", $"对照表-{comparison.TopicName}.md");
    });

    public IActionResult OnGetDocx() => Answer(comparison =>
    {
        // The writer writes a file; it lives only until its bytes are read, so nothing is left behind.
        var path = Path.Combine(Path.GetTempPath(), $"cqodocs-compare-{Guid.NewGuid():N}.docx");
        try
        {
            ComparisonDocxWriter.Write(comparison, path);
            return File(System.IO.File.ReadAllBytes(path),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"对照表-{comparison.TopicName}.docx");
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    });

    /// <summary>The URL of this comparison in another form (handler Docx or Markdown).</summary>
    public string? DownloadUrl(string handler) => Url.Page("/Compare", handler, new { topic = Topic, region = Regions });

    private IActionResult Answer(Func<Comparison, IActionResult> respond)
    {
        var documents = library.Documents().Documents;
        Facets = Facets.Of(documents);
        if (string.IsNullOrWhiteSpace(Topic)) return Page();
        try
        {
            Comparison = ComparisonBuilder.Build(documents, Topic, Regions.Where(r => !string.IsNullOrWhiteSpace(r)).ToList());
        }
        catch (CqoDocsException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return respond(Comparison);
    }
}

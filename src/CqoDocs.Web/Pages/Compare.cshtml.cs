using System.Text;
using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Compare;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// A topic across regions or chosen documents, side by side (对照表), with the same table as .docx or Markdown to
/// download. The values that differ between the documents (degree, years, term, who appoints, where to register…)
/// are marked in the text and laid out as the requirements matrix. An unknown topic, region or document answers
/// 400 with the reason and the nearest names.
/// </summary>
internal sealed class CompareModel(Library library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true, Name = "region")] public string[] Regions { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "doc")] public string[] DocumentIds { get; set; } = [];

    /// <summary>Past this many documents the matrix is left out: too wide to read, and a drafter narrows the choice first.</summary>
    public const int MatrixColumns = 12;

    public Facets Facets { get; private set; } = null!;
    public IReadOnlyList<Document> Documents { get; private set; } = [];
    public Comparison? Comparison { get; private set; }
    /// <summary>The requirements matrix of the compared documents and the differing values in their text; null when too many.</summary>
    public Differences? Differences { get; private set; }
    public string? Error { get; private set; }
    private CorpusSet _set = null!;

    public IActionResult OnGet() => Answer(comparison =>
    {
        // Only the page shows them; the downloads are the side-by-side table alone.
        var compared = comparison.Columns.Select(c => c.Document).Concat(comparison.Silent).ToList();
        if (compared.Count <= MatrixColumns)
        {
            Differences = Differences.Of(compared, d => library.Validity(_set, d) ?? new DocumentValidity(DocumentStatus.Unknown, "无法判断"));
        }
        return Page();
    });

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
    public string? DownloadUrl(string handler) => Url.Page("/Compare", handler, new { topic = Topic, region = Regions, doc = DocumentIds });

    private IActionResult Answer(Func<Comparison, IActionResult> respond)
    {
        _set = library.Documents();
        Documents = _set.Documents;
        Facets = Facets.Of(Documents);
        if (string.IsNullOrWhiteSpace(Topic)) return Page();
        try
        {
            var (chosen, regions) = ComparedDocuments.Choose(Documents, Regions, DocumentIds);
            Comparison = ComparisonBuilder.Build(chosen, Topic, regions);
        }
        catch (CqoDocsException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return respond(Comparison);
    }

    /// <summary>The differing values of one unit, to mark in its text (none when the matrix was left out).</summary>
    public IReadOnlyList<TextMark> MarksIn(Document document, Unit unit) => Differences?.MarksIn(document, unit) ?? [];
}

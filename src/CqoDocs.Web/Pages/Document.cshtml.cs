using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>One document: its metadata, every unit, and its corpus file as Markdown. An unknown id is 404.</summary>
internal sealed class DocumentModel(Library library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    public Document? Document { get; private set; }
    public string? Missing { get; private set; }
    public DocumentValidity? Validity { get; private set; }

    public IActionResult OnGet()
    {
        var set = library.Documents();
        Document = set.Find(Id);
        if (Document is null) return NotFoundPage();
        Validity = library.Validity(set, Document);
        return Page();
    }

    public IActionResult OnGetMarkdown()
    {
        Document = library.Documents().Find(Id);
        if (Document is null) return NotFoundPage();
        return File(Encoding.UTF8.GetBytes(CorpusMarkdown.Write(Document)), "text/markdown; charset=utf-8", Document.Id + ".md");
    }

    private PageResult NotFoundPage()
    {
        Missing = $"没有编号为“{Id}”的文件（可在文件库中查看全部文件）。";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}

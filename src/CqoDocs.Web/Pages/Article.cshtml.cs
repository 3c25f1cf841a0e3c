using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// One unit in context: the document's metadata, the unit with the items nested in it, and links to the
/// units before and after. The label may be typed as a user would (either script, ASCII brackets).
/// </summary>
internal sealed class ArticleModel(Library library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Label { get; set; } = "";

    public Document? Document { get; private set; }
    public Unit? Unit { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public Unit? Previous { get; private set; }
    public Unit? Next { get; private set; }
    public string? Missing { get; private set; }
    public DocumentValidity? Validity { get; private set; }

    public IActionResult OnGet()
    {
        var set = library.Documents();
        Document = set.Find(Id);
        if (Document is null) return NotFoundPage($"没有编号为“{Id}”的文件（可在文件库中查看全部文件）。");
        Unit = UnitLabels.Find(Document, Label);
        if (Unit is null) return NotFoundPage($"文件“{Document.Id}”中没有条目“{Label}”（可用：{string.Join("、", Document.Units.Select(u => u.Label))}）。");
        Units = UnitLabels.WithItems(Document, Unit);
        Validity = library.Validity(set, Document);
        var at = IndexOf(Document.Units, Unit);
        Previous = at > 0 ? Document.Units[at - 1] : null;
        var after = at + Units.Count;
        Next = after < Document.Units.Count ? Document.Units[after] : null;
        return Page();
    }

    private static int IndexOf(IReadOnlyList<Unit> units, Unit unit)
    {
        for (var i = 0; i < units.Count; i++) if (ReferenceEquals(units[i], unit)) return i;
        return -1;
    }

    private PageResult NotFoundPage(string message)
    {
        Missing = message;
        Unit = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}

using CqoDocs.Core;
using CqoDocs.Core.Import;
using CqoDocs.Core.Import.Review;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// Import with a look first: uploaded pages go through the import pipeline and come back as a form showing
/// what was extracted, nothing saved yet. The user corrects the metadata, the units' labels, headings, text
/// and topics, merges a unit with the next or splits one, then saves into the library the workbench reads
/// (the same writer as cqodocs import); the next search finds the document.
/// </summary>
internal sealed class ImportModel(Library library, ReviewForm reviewForm) : PageModel
{
    public IReadOnlyList<ReviewEntry> Entries { get; private set; } = [];
    /// <summary>Uploads that could not be read, one line each.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<(WrittenDocument Written, string? DuplicateOf)> Saved { get; private set; } = [];
    public ReviewForm Form => reviewForm;

    public void OnGet()
    {
    }

    public IActionResult OnPostUpload(List<IFormFile> pages)
    {
        if (pages.Count == 0) return Refuse(["请选择要导入的网页（.txt、.html 或 .htm）"]);
        var entries = new List<ReviewEntry>();
        var errors = new List<string>();
        foreach (var page in pages)
        {
            var name = UploadedPage.SafeName(page.FileName);
            if (page.Length > UploadLimits.MaxPageBytes)
            {
                errors.Add($"{name}: 文件超过 {UploadLimits.Megabytes(UploadLimits.MaxPageBytes)}，不像是一篇通知");
                continue;
            }
            try
            {
                using var stream = page.OpenReadStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add(new ReviewEntry(UploadedPage.Read(page.FileName, copy.ToArray(), UploadLimits.MaxPageBytes), []));
            }
            catch (CqoDocsException e)
            {
                errors.Add(e.OneLine());
            }
        }
        Entries = entries;
        Errors = errors;
        if (entries.Count == 0)
        {
            var tooLarge = pages.All(p => p.Length > UploadLimits.MaxPageBytes);
            Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    /// <param name="action">merge:D:U, split:D:U, drop:D or save.</param>
    public IActionResult OnPostReview(string? action)
    {
        if (reviewForm.Read(Request.Form) is not { } entries) return Refuse(["表单已失效（工作台重启过，或表单不是这里发出的），请重新上传"]);
        Entries = entries;
        var parts = (action ?? "").Split(':');
        try
        {
            switch (parts[0])
            {
                case "merge" when Numbers(parts) is var (d, u):
                    Entries = Replace(entries, d, e => UnitEdits.MergeWithNext(e, u));
                    return Page();
                case "split" when Numbers(parts) is var (d, u):
                    var line = int.TryParse(Request.Form[ReviewForm.Name(d, u, "split")], out var n) ? n : 0;
                    Entries = Replace(entries, d, e => UnitEdits.SplitAt(e, u, line));
                    return Page();
                case "drop" when parts.Length == 2 && int.TryParse(parts[1], out var dropped):
                    Entries = entries.Where((_, i) => i != dropped).ToList();
                    return Page();
                case "save":
                    return Save(entries);
                default:
                    return Page();
            }
        }
        catch (CqoDocsException e)
        {
            return Refuse([e.OneLine()]);
        }
    }

    private IActionResult Save(IReadOnlyList<ReviewEntry> entries)
    {
        var checkedEntries = entries.Select(e => e with { Problems = e.Problems.Concat(ReviewCheck.Check(e.Reviewed.Document)).ToList() }).ToList();
        Entries = checkedEntries;
        if (entries.Count == 0) return Refuse(["没有要保存的文件"]);
        if (checkedEntries.Any(e => e.Problems.Count > 0)) return Refuse(["有需要改正的地方（见下方标出的字段），没有保存"]);
        var written = ReviewedSave.Save(entries.Select(e => e.Reviewed).ToList(), library.SaveFolder, Request.Form["force"] == "true",
            "确要覆盖请勾选“手工修改过的文件”");
        var duplicates = library.Documents().Duplicates;
        Saved = written.Select(w => (w, duplicates.FirstOrDefault(x => x.Dropped.Id == w.Document.Id)?.Kept.Id)).ToList();
        Entries = [];
        return Page();
    }

    private IActionResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static (int Document, int Unit)? Numbers(string[] parts) =>
        parts.Length == 3 && int.TryParse(parts[1], out var d) && int.TryParse(parts[2], out var u) ? (d, u) : null;

    private static List<ReviewEntry> Replace(IReadOnlyList<ReviewEntry> entries, int index, Func<Core.Model.Document, Core.Model.Document> edit) =>
        entries.Select((e, i) => i == index ? e with { Reviewed = e.Reviewed with { Document = edit(e.Reviewed.Document) } } : e).ToList();

    /// <summary>Problems with one field of one document (title, units[2].label).</summary>
    public static IEnumerable<string> ProblemsOf(ReviewEntry entry, string field) =>
        entry.Problems.Where(p => p.Field == field).Select(p => p.Message);

    public static string FileName(string path) => Path.GetFileName(path);
}

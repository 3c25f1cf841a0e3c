using CqoDocs.Core.Corpus;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>Every document the workbench answers from, and every file that did not load, with the reason.</summary>
internal sealed class LibraryModel(Library library) : PageModel
{
    public CorpusSet Corpus { get; private set; } = null!;

    public void OnGet() => Corpus = library.Documents();

    /// <summary>The file's name and line (not its folder): 坏文件.md:3.</summary>
    public static string Place(Core.CqoDocsException problem) =>
        (problem.File is null ? "（未知文件）" : Path.GetFileName(problem.File)) + (problem.Line is { } line ? $":{line}" : "");
}

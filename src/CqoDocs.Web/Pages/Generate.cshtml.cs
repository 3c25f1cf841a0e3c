using System.Text;
using CqoDocs.Core;
using CqoDocs.Core.Model;
using CqoDocs.Core.Templates;
using CqoDocs.Core.Templates.Forms;
using CqoDocs.Core.Templates.Precedents;
using CqoDocs.Core.Word;
using CqoDocs.Search.Segmentation;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// Fills a template through a form built from its own fields: the bundled templates start from their example
/// data, an uploaded .docx from nothing. Buttons add and remove list rows (a page script does it in place),
/// show a preview, download the .docx; a data file of several entries comes back as a .zip. A precedent
/// fills duties, powers and qualifications as generate --from does. Data problems show next to their field.
/// </summary>
internal sealed class GenerateModel(Library library, UploadedTemplates uploads, Precedents precedents) : PageModel
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /// <summary>Form names that are not data fields.</summary>
    private static readonly HashSet<string> Controls = ["action", "precedent", "replace", "nameBy", "__RequestVerificationToken"];

    [BindProperty(SupportsGet = true)] public string? Template { get; set; }
    [BindProperty] public string? Precedent { get; set; }
    [BindProperty] public bool Replace { get; set; }

    public DocxTemplate? Docx { get; private set; }
    public string TemplateTitle { get; private set; } = "";
    public IReadOnlyList<FormField> Fields { get; private set; } = [];
    public IReadOnlyList<Document> PrecedentChoices { get; private set; } = [];
    /// <summary>Data problems by the field they concern.</summary>
    public ILookup<string, string> FieldProblems { get; private set; } = Array.Empty<string>().ToLookup(s => s);
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Error { get; private set; }
    public IReadOnlyList<PreviewBlock>? Preview { get; private set; }
    public Document? UsedPrecedent { get; private set; }
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Template is null) return Page();
        if (!Resolve()) return Page();
        var example = BundledTemplates.Exists(Template) && BundledTemplates.ExampleYaml(Template) is { } yaml
            ? DataFile.Entries(DataFile.ParseYaml(yaml, $"templates/examples/{Template}.yaml"), Template)[0]
            : new Dictionary<string, object?>();
        Fields = TemplateForm.Build(Docx!.Outline, example);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Resolve()) return Page();
        var form = Request.Form.Where(kv => !Controls.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        var action = Request.Form["action"].ToString();
        if (action.StartsWith("add:", StringComparison.Ordinal)) form = FormData.AddRow(Docx!.Outline, form, action[4..]);
        if (action.StartsWith("remove:", StringComparison.Ordinal)) form = FormData.RemoveRow(form, action[7..]);
        var data = FormData.Read(Docx!.Outline, form);
        Fields = TemplateForm.Build(Docx.Outline, data);
        if (action is not ("preview" or "download")) return Page();

        if (Fill([FormData.Filled(data)]) is not { } entries) return Page();
        var problems = DataChecker.Check(Docx.Outline, entries[0]);
        if (problems.Count > 0)
        {
            FieldProblems = problems.ToLookup(p => p.Field, p => p.Message);
            Problems = problems.Select(p => p.ToString()).ToList();
            return BadRequestPage();
        }
        byte[] bytes;
        try
        {
            bytes = Docx.Render(entries[0], TitleWords.Split);
        }
        catch (CqoDocsException e)
        {
            Error = e.OneLine();
            return BadRequestPage();
        }
        if (action == "download") return File(bytes, DocxType, $"{TemplateTitle}.docx");
        Preview = DocxPreview.Read(bytes);
        return Page();
    }

    /// <summary>An uploaded .docx template: checked, kept in memory, and its form shown.</summary>
    public IActionResult OnPostUpload(IFormFile? upload)
    {
        if (upload is null || upload.Length == 0)
        {
            Error = "请选择一个 .docx 模板文件";
            return BadRequestPage();
        }
        if (upload.Length > UploadLimits.MaxTemplateBytes)
        {
            Error = $"{Core.Import.Review.UploadedPage.SafeName(upload.FileName)}: 模板超过 {UploadLimits.Megabytes(UploadLimits.MaxTemplateBytes)}";
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        try
        {
            var id = uploads.Add(upload.FileName, Read(upload));
            return RedirectToPage("/Generate", new { template = id });
        }
        catch (CqoDocsException e)
        {
            Error = e.OneLine();
            return BadRequestPage();
        }
    }

    /// <summary>A data file holding several entries: one document each, all in one .zip, or every problem listed.</summary>
    public IActionResult OnPostBatch(IFormFile? data, string? nameBy)
    {
        if (!Resolve()) return Page();
        Fields = TemplateForm.Build(Docx!.Outline, new Dictionary<string, object?>());
        if (data is null || data.Length == 0)
        {
            Error = "请选择数据文件（YAML 或 JSON）";
            return BadRequestPage();
        }
        var name = Core.Import.Review.UploadedPage.SafeName(data.FileName);
        if (data.Length > UploadLimits.MaxDataBytes)
        {
            Error = $"{name}: 数据文件超过 {UploadLimits.Megabytes(UploadLimits.MaxDataBytes)}";
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        if (Path.GetExtension(name).ToLowerInvariant() is not (".yaml" or ".yml" or ".json"))
        {
            Error = $"{name}: 数据文件应为 .yaml、.yml 或 .json";
            return BadRequestPage();
        }
        try
        {
            var entries = DataFile.Parse(Encoding.UTF8.GetString(Read(data)), name).Entries;
            if (Fill(entries) is not { } filled) return Page();
            var zip = new MemoryStream();
            var problems = TemplateZip.Write(Docx, filled, zip, string.IsNullOrWhiteSpace(nameBy) ? null : nameBy.Trim(), TitleWords.Split);
            if (problems.Count > 0)
            {
                Problems = problems.Select(p => $"{name}: {p}").ToList();
                return BadRequestPage();
            }
            zip.Position = 0;
            return File(zip, "application/zip", $"{TemplateTitle}.zip");
        }
        catch (CqoDocsException e)
        {
            Error = e.OneLine();
            return BadRequestPage();
        }
    }

    /// <summary>The entries filled from the chosen precedent (none chosen: as they are); null after reporting a bad choice.</summary>
    private IReadOnlyList<IReadOnlyDictionary<string, object?>>? Fill(IReadOnlyList<IReadOnlyDictionary<string, object?>> entries)
    {
        if (string.IsNullOrWhiteSpace(Precedent)) return entries;
        try
        {
            var fill = PrecedentFill.Apply(Docx!.Outline, entries, library.Documents().Documents, Precedent, Replace, "勾选“替换表中的职责、权限、任职条件”");
            (UsedPrecedent, Notes) = (fill.Precedent, fill.Notes);
            return fill.Entries;
        }
        catch (CqoDocsException e)
        {
            FieldProblems = new[] { e.Message }.ToLookup(_ => "precedent");
            Error = $"先例：{e.Message}";
            BadRequestPage();
            return null;
        }
    }

    /// <summary>Finds the template the address names (a bundled name or an upload's id); false after answering 404.</summary>
    private bool Resolve()
    {
        PrecedentChoices = precedents.Of(library.Documents());
        var name = Template ?? "";
        if (BundledTemplates.Exists(name))
        {
            Docx = BundledTemplates.Get(name);
            TemplateTitle = Docx.Title ?? name;
            return true;
        }
        if (uploads.TryGet(name, out var uploaded, out var shown))
        {
            Docx = uploaded;
            TemplateTitle = uploaded.Title ?? Path.GetFileNameWithoutExtension(shown);
            return true;
        }
        Error = name.StartsWith(UploadedTemplates.Prefix, StringComparison.Ordinal)
            ? "这个上传的模板已不在工作台中（工作台重启后需重新上传），请重新上传"
            : $"没有模板“{name}”：可用的模板有 {string.Join("、", BundledTemplates.Names)}，也可以上传 .docx 模板";
        Template = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return false;
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static byte[] Read(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The bundled templates with their titles and descriptions, for the choice of template.</summary>
    public static IEnumerable<DocxTemplate> Bundled => BundledTemplates.Names.Select(BundledTemplates.Get);

    public static string Short(string? name) => Path.GetFileNameWithoutExtension(name ?? "");
}

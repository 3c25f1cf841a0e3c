using CqoDocs.Core.Templates;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// Templates the user uploaded, kept in memory under a name made from their content (upload-1a2b…), never
/// written to disk: the upload's own name is only shown. The oldest are forgotten past a few dozen; a form
/// naming one that is gone asks for it to be uploaded again.
/// </summary>
internal sealed class UploadedTemplates
{
    public const string Prefix = "upload-";
    private const int Capacity = 32;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DocxTemplate Template, string Shown)> _byId = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Checks the upload is a Word template and keeps it; returns the id pages name it by.</summary>
    public string Add(string uploadName, byte[] bytes)
    {
        var shown = Core.Import.Review.UploadedPage.SafeName(uploadName);
        if (!Path.GetExtension(shown).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            throw new Core.CqoDocsException("模板只能是 Word 文档（.docx）", shown);
        if (bytes.LongLength > UploadLimits.MaxTemplateBytes)
            throw new Core.CqoDocsException($"模板超过 {UploadLimits.Megabytes(UploadLimits.MaxTemplateBytes)}", shown);
        var template = DocxTemplate.Load(bytes, shown);
        if (template.Outline.Entries.Count == 0)
            throw new Core.CqoDocsException("文档中没有 {{字段}} 标记，不是模板（模板写法见 templates/README.md）", shown);
        var id = Prefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
        lock (_gate)
        {
            if (_byId.TryAdd(id, (template, shown))) _order.Enqueue(id);
            while (_order.Count > Capacity) _byId.Remove(_order.Dequeue());
        }
        return id;
    }

    public bool TryGet(string id, out DocxTemplate template, out string shown)
    {
        lock (_gate)
        {
            var found = _byId.TryGetValue(id, out var entry);
            (template, shown) = found ? entry : (null!, "");
            return found;
        }
    }
}

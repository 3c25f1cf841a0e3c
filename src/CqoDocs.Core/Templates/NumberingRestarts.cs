using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Word numbering (1. 2. 3. set by the paragraph, not typed) counts on across a whole document, so a
/// numbered list inside a loop would run 1–3 in the first repetition and 4–6 in the second. Each later
/// repetition therefore gets its own numbering instances, copies of the template's that restart at 1.
/// One instance of this class serves one fill of a template.
/// </summary>
internal sealed class NumberingRestarts
{
    private static readonly Regex NumId = new(@"<w:numId w:val=""(\d+)""", RegexOptions.Compiled);
    private readonly NumberingTable _table;
    private readonly List<(int Id, string Abstract)> _added = [];
    private int _next;

    public NumberingRestarts(NumberingTable table)
    {
        _table = table;
        _next = table.MaxId + 1;
    }

    /// <summary>The numbering ids a piece of template XML uses.</summary>
    public static IEnumerable<string> IdsIn(string xml) => NumId.Matches(xml).Select(m => m.Groups[1].Value);

    /// <summary>New instances, restarting at 1, for the given ids: old id → new id.</summary>
    public Dictionary<string, string> Restart(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!_table.AbstractOf.TryGetValue(id, out var abstractId)) continue;
            var fresh = _next++;
            _added.Add((fresh, abstractId));
            map[id] = fresh.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return map;
    }

    public static string Apply(string xml, IReadOnlyDictionary<string, string> map) =>
        NumId.Replace(xml, m => map.TryGetValue(m.Groups[1].Value, out var to) ? $"<w:numId w:val=\"{to}\"" : m.Value);

    /// <summary>The numbering part with the new instances added; null when none were needed.</summary>
    public byte[]? NumberingPart()
    {
        if (_added.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var (id, abstractId) in _added)
        {
            sb.Append("<w:num w:numId=\"").Append(id).Append("\"><w:abstractNumId w:val=\"").Append(abstractId).Append("\"/>");
            for (var level = 0; level < 9; level++) sb.Append("<w:lvlOverride w:ilvl=\"").Append(level).Append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
            sb.Append("</w:num>");
        }
        var xml = _table.Xml;
        var at = xml.IndexOf("<w:numIdMacAtCleanup", StringComparison.Ordinal);
        if (at < 0) at = xml.LastIndexOf("</w:numbering>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(xml.Insert(at, sb.ToString()));
    }
}

/// <summary>A template's numbering part: its zip entry, its XML and which abstract numbering each instance uses.</summary>
internal sealed record NumberingTable(string Entry, string Xml, IReadOnlyDictionary<string, string> AbstractOf, int MaxId)
{
    public static NumberingTable? Of(WordprocessingDocument document, TemplatePackage package)
    {
        var part = document.MainDocumentPart?.NumberingDefinitionsPart;
        if (part?.Numbering is null) return null;
        var entry = package.EntryFor(part.Uri);
        var xml = Encoding.UTF8.GetString(package.Content(entry)!);
        if (!xml.Contains("<w:numbering", StringComparison.Ordinal)) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instance in part.Numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId)
            {
                map[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = abstractId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return map.Count == 0 ? null : new NumberingTable(entry, xml, map, map.Keys.Select(int.Parse).Max());
    }
}

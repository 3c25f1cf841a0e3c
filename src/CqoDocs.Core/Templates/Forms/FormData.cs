using System.Globalization;

namespace CqoDocs.Core.Templates.Forms;

/// <summary>
/// Reads a posted data form (field path → text, as <see cref="TemplateForm"/> names its inputs) back into
/// template data, guided by the template's outline: names the template does not ask for are ignored, a
/// blank input is a missing value, 受聘人.姓名 becomes a map inside the data, and list rows keep their order.
/// Blank rows are kept while the form is being edited (a row just added is blank); <see cref="Filled"/>
/// drops them before the data is checked or rendered.
/// </summary>
internal static class FormData
{
    public static Dictionary<string, object?> Read(TemplateOutline outline, IReadOnlyDictionary<string, string> form) =>
        Read(outline, form, "");

    private static Dictionary<string, object?> Read(TemplateOutline outline, IReadOnlyDictionary<string, string> form, string prefix)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in outline.Entries)
        {
            var name = prefix + entry.Name;
            switch (entry.Kind)
            {
                case OutlineKind.List:
                    var rows = RowNumbers(form, name);
                    if (rows.Count == 0) break;
                    Put(data, entry.Name, rows.Select(n => entry.Items.Entries.Count == 0
                        ? (object?)Clean(form.GetValueOrDefault($"{name}[{n}]"))
                        : Read(entry.Items, form, $"{name}[{n}].")).ToList());
                    break;
                case OutlineKind.Condition when !form.ContainsKey(name):
                    break;
                case OutlineKind.Condition when form[name] == "true":
                    Put(data, entry.Name, true);
                    break;
                default:
                    if (Clean(form.GetValueOrDefault(name)) is { } text) Put(data, entry.Name, text);
                    break;
            }
        }
        return data;
    }

    /// <summary>The data without blank rows and values, a list of one text as that text: what the template is filled with.</summary>
    public static Dictionary<string, object?> Filled(IReadOnlyDictionary<string, object?> data)
    {
        var filled = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            if (Prune(value) is { } kept) filled[key] = kept;
        }
        return filled;
    }

    private static object? Prune(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                var inner = Filled(map);
                return inner.Count == 0 ? null : inner;
            case string or bool or null:
                return value;
        }
        if (DataScope.AsList(value) is not { } list) return value;
        var items = list.Select(Prune).Where(i => i is not null).ToList();
        // One text where a list of texts may stand is the text itself (发文机关: one issuer, not a joint list).
        return items.Count == 0 ? null : items is [string single] ? single : items;
    }

    /// <summary>The form with a blank row added at the end of the list <paramref name="listName"/> (章节[1].小节).</summary>
    public static Dictionary<string, string> AddRow(TemplateOutline outline, IReadOnlyDictionary<string, string> form, string listName)
    {
        var entry = Find(outline, listName);
        var result = new Dictionary<string, string>(form, StringComparer.Ordinal);
        if (entry is not { Kind: OutlineKind.List }) return result;
        var next = RowNumbers(form, listName).DefaultIfEmpty(0).Max() + 1;
        var row = $"{listName}[{next}]";
        if (entry.Items.Entries.Count == 0) result[row] = "";
        // A list inside the item starts with no rows of its own.
        foreach (var item in entry.Items.Entries.Where(i => i.Kind != OutlineKind.List)) result[$"{row}.{item.Name}"] = "";
        return result;
    }

    /// <summary>The form without the row <paramref name="rowName"/> (职责[2]) and everything inside it.</summary>
    public static Dictionary<string, string> RemoveRow(IReadOnlyDictionary<string, string> form, string rowName) =>
        form.Where(kv => !(kv.Key == rowName || kv.Key.StartsWith(rowName + ".", StringComparison.Ordinal) || kv.Key.StartsWith(rowName + "[", StringComparison.Ordinal)))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>The value a (possibly dotted) field name holds in a data map, or null.</summary>
    public static object? Lookup(IReadOnlyDictionary<string, object?> data, string name)
    {
        if (data.TryGetValue(name, out var direct)) return direct;
        object? current = data;
        foreach (var part in name.Split('.'))
        {
            if (current is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(part, out current)) return null;
        }
        return current;
    }

    /// <summary>The outline entry a form path names (职责, 章节[1].小节), or null.</summary>
    public static OutlineEntry? Find(TemplateOutline outline, string path)
    {
        foreach (var entry in outline.Entries)
        {
            if (entry.Name == path) return entry;
            if (entry.Kind != OutlineKind.List || !path.StartsWith(entry.Name + "[", StringComparison.Ordinal)) continue;
            var close = path.IndexOf("].", entry.Name.Length, StringComparison.Ordinal);
            if (close > 0 && Find(entry.Items, path[(close + 2)..]) is { } inner) return inner;
        }
        return null;
    }

    /// <summary>The row numbers the form holds for a list, in order (rows may have gaps after one was removed).</summary>
    private static List<int> RowNumbers(IReadOnlyDictionary<string, string> form, string listName)
    {
        var start = listName + "[";
        var numbers = new SortedSet<int>();
        foreach (var key in form.Keys)
        {
            if (!key.StartsWith(start, StringComparison.Ordinal)) continue;
            var close = key.IndexOf(']', start.Length);
            if (close > start.Length && int.TryParse(key.AsSpan(start.Length, close - start.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && (close == key.Length - 1 || key[close + 1] == '.'))
            {
                numbers.Add(n);
            }
        }
        return numbers.ToList();
    }

    /// <summary>Puts a value under a dotted name (受聘人.姓名 → 受聘人: {姓名: …}).</summary>
    private static void Put(Dictionary<string, object?> data, string name, object? value)
    {
        var parts = name.Split('.');
        var map = data;
        foreach (var part in parts[..^1])
        {
            if (map.GetValueOrDefault(part) is not Dictionary<string, object?> inner)
            {
                inner = new Dictionary<string, object?>(StringComparer.Ordinal);
                map[part] = inner;
            }
            map = inner;
        }
        map[parts[^1]] = value;
    }

    /// <summary>Text as typed, without the browser's \r and surrounding blanks; blank is no value.</summary>
    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var clean = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return clean.Length == 0 ? null : clean;
    }
}

using System.Collections;

namespace CqoDocs.Core.Templates;

/// <summary>
/// The data a tag sees: the current list item (".") and the values around it, innermost first, as in
/// mustache. A name not found in the item is looked up in the enclosing items and then the whole data, so
/// {{企业名称}} works inside {{#职责}}; a number after a dot picks a list's item (发文机关.2). Inside a list, @序号 / @index (from 1), @first and @last describe the item.
/// </summary>
internal sealed class DataScope
{
    private readonly List<Frame> _frames = [];

    private readonly record struct Frame(object? Value, int Index, int Count, bool IsLoop);

    public DataScope(IReadOnlyDictionary<string, object?> data) => _frames.Add(new Frame(data, 0, 1, false));

    public static bool IsLoopVariable(string name) => name is "@index" or "@序号" or "@first" or "@last";

    public void Enter(object? value) => _frames.Add(new Frame(value, 0, 1, false));

    public void EnterItem(object? item, int index, int count) => _frames.Add(new Frame(item, index, count, true));

    public void Leave() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>Finds the value a path names; false when the data has no such value.</summary>
    public bool TryResolve(string path, out object? value)
    {
        value = null;
        if (path == ".")
        {
            value = _frames[^1].Value;
            return true;
        }
        if (IsLoopVariable(path))
        {
            var loop = _frames.LastOrDefault(f => f.IsLoop);
            if (!loop.IsLoop) return false;
            value = path switch
            {
                "@first" => loop.Index == 0,
                "@last" => loop.Index == loop.Count - 1,
                _ => (loop.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            return true;
        }
        var segments = path.Split('.');
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].Value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(segments[0], out var found))
            {
                for (var s = 1; s < segments.Length; s++)
                {
                    if (!TryStep(found, segments[s], out found)) return false;
                }
                value = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>A field of a map, or an item of a list by its number from 1 (发文机关.2: the second issuer).</summary>
    private static bool TryStep(object? value, string segment, out object? found)
    {
        found = null;
        if (value is IReadOnlyDictionary<string, object?> map) return map.TryGetValue(segment, out found);
        if (AsList(value) is { } list && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= list.Count)
        {
            found = list[n - 1];
            return true;
        }
        return false;
    }

    /// <summary>Empty values (missing, null, false, "", [], {}) hide a {{#if}} and show a {{^…}}.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => !string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count > 0,
        IEnumerable<object?> e => e.Any(),
        _ => true,
    };

    public static IReadOnlyList<object?>? AsList(object? value) =>
        value is string || value is IReadOnlyDictionary<string, object?> ? null : value as IReadOnlyList<object?>;
}

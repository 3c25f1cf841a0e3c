using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import;

/// <summary>
/// What an imported document must be, read from a "*.expected" file of "key: value" lines. Only the keys
/// present are checked, so a case states what it is about. "~" stands for null.
/// <code>
/// title: 清远市企业首席质量官管理办法（试行）
/// docNumber: ~
/// region: 广东省/清远市/~
/// units: 第一条 第二条 …          (every label, in order)
/// heading 三（二）: 首席质量官任职条件
/// topics 第五条: duties powers   (the unit carries at least these)
/// text 第五条 has: 一票否决
/// absent: 扫一扫                  (in no title, heading or text)
/// </code>
/// </summary>
internal sealed class DocumentExpectation
{
    private readonly List<(string Key, string Value, int Line)> _items = [];

    public static DocumentExpectation Load(string path)
    {
        var e = new DocumentExpectation();
        var n = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            n++;
            if (raw.Trim().Length == 0 || raw.StartsWith('#')) continue;
            var colon = raw.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 && raw.EndsWith(':')) colon = raw.Length - 1;
            if (colon < 0) throw new InvalidDataException($"{path}:{n}: expected 'key: value'");
            e._items.Add((raw[..colon].Trim(), raw[(colon + 1)..].Trim(), n));
        }
        return e;
    }

    /// <summary>Every mismatch, as "line N: key: expected … but was …".</summary>
    public IEnumerable<string> Check(Document d)
    {
        foreach (var (key, value, line) in _items)
        {
            var problem = CheckOne(d, key, value);
            if (problem is not null) yield return $"line {line}: {key}: {problem}";
        }
    }

    private static string? CheckOne(Document d, string key, string value)
    {
        var parts = key.Split(' ', 2);
        switch (parts[0])
        {
            case "title": return Same(value, d.Title);
            case "authority": return Same(value, d.Authority);
            case "docNumber": return Same(value, d.DocNumber);
            case "date": return Same(value, Format(d.Date));
            case "published": return Same(value, Format(d.Published));
            case "effective": return Same(value, Format(d.Effective));
            case "kind": return Same(value, d.Kind.Key());
            case "script": return Same(value, d.Script.Key());
            case "region": return Same(value, $"{d.Region.Province ?? "~"}/{d.Region.City ?? "~"}/{d.Region.District ?? "~"}");
            case "units": return Same(value, string.Join(" ", d.Units.Select(u => u.Label)));
            case "depths": return Same(value, string.Join(" ", d.Units.Select(u => u.Depth)));
            case "heading": return Same(value, Unit(d, parts[1])?.Heading);
            case "topics":
            {
                var unit = Unit(d, parts[1]);
                if (unit is null) return "no such unit";
                var missing = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !unit.Topics.Contains(t)).ToList();
                return missing.Count == 0 ? null : $"missing {string.Join(",", missing)}; has {string.Join(",", unit.Topics)}";
            }
            case "notopics":
            {
                var unit = Unit(d, parts[1]);
                if (unit is null) return "no such unit";
                var extra = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(unit.Topics.Contains).ToList();
                return extra.Count == 0 ? null : $"should not have {string.Join(",", extra)}";
            }
            case "text":
            {
                // "text LABEL has: …" or "text LABEL: …" (exact)
                var label = parts[1].EndsWith(" has", StringComparison.Ordinal) ? parts[1][..^4] : parts[1];
                var unit = Unit(d, label);
                if (unit is null) return "no such unit";
                var wanted = value.Replace("⏎", "\n");
                return parts[1].EndsWith(" has", StringComparison.Ordinal)
                    ? unit.Text.Contains(wanted, StringComparison.Ordinal) ? null : $"'{value}' not in '{unit.Text}'"
                    : Same(wanted, unit.Text);
            }
            case "absent":
            {
                var all = d.Title + "\n" + string.Join("\n", d.Units.Select(u => u.Heading + "\n" + u.Text));
                return all.Contains(value, StringComparison.Ordinal) ? $"'{value}' is still there" : null;
            }
            default: return $"unknown key";
        }
    }

    private static Unit? Unit(Document d, string label) => d.FindUnit(label);

    private static string? Same(string expected, string? actual)
    {
        var e = expected == "~" ? null : expected;
        return e == actual ? null : $"expected '{e ?? "~"}' but was '{actual ?? "~"}'";
    }

    private static string? Format(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}

using System.Globalization;
using System.Text;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// One YAML scalar on one line: plain when YAML reads the text back unchanged as a string (the usual case,
/// so files stay pleasant to edit), else double-quoted with escapes, which holds any text.
/// </summary>
internal static class YamlScalar
{
    public static string Write(string value) => IsPlainSafe(value) ? value : DoubleQuoted(value);

    private static bool IsPlainSafe(string v)
    {
        if (v.Length == 0 || v.Trim().Length != v.Length) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(v[0])) return false;
        if (v is "~" or "null" or "Null" or "NULL") return false;
        if (v.EndsWith(':') || v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal)) return false;
        foreach (var c in v)
        {
            if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)) return false;
        }
        return true;
    }

    private static string DoubleQuoted(string v)
    {
        var sb = new StringBuilder(v.Length + 2).Append('"');
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
                    {
                        sb.Append(c).Append(v[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // Half a pair cannot be stored in UTF-8 at all; the file gets what UTF-8 writers put instead.
                        sb.Append('\uFFFD');
                    }
                    else if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}

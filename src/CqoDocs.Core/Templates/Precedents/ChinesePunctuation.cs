using System.Text;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Web copies of notices often carry half-width punctuation inside Chinese text ("管理,加强", "(CQO)");
/// a document generated from them should read as typeset Chinese, so such marks become full-width
/// when Chinese text stands on either side. Numbers and Latin text keep theirs (3.5, "ISO 9001:2015").
/// </summary>
internal static class ChinesePunctuation
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！', ['('] = '（', [')'] = '）',
    };

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var quoteOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (FullWidth.TryGetValue(c, out var wide) && TouchesChinese(text, i)) c = wide;
            else if (c == '"' && TouchesChinese(text, i))
            {
                c = quoteOpen ? '”' : '“';
                quoteOpen = !quoteOpen;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool TouchesChinese(string text, int i) =>
        i > 0 && IsChinese(text[i - 1]) || i + 1 < text.Length && IsChinese(text[i + 1]);

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';
}

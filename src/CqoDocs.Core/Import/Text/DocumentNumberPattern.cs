using System.Text;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Text;

/// <summary>
/// 发文字号: an authority abbreviation, the year in brackets of any shape, a serial and 号
/// (通政办发〔2010〕36号, 吉质联办[2013]10号, 粤府函（2016）第5号). Licence numbers (粤ICP备…号) and index
/// numbers have no bracketed year and never match.
/// </summary>
internal static partial class DocumentNumberPattern
{
    [GeneratedRegex(@"([\u4E00-\u9FFFA-Za-z]{1,14})\s*[〔\[［(（【﹝]\s*((?:19|20)\d{2})\s*[〕\]］)）】﹞]\s*第?\s*(\d{1,5})\s*([号號])")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[\s（(【\[]*([\u4E00-\u9FFFA-Za-z]{1,14})\s*[〔\[［(（【﹝]\s*((?:19|20)\d{2})\s*[〕\]］)）】﹞]\s*第?\s*(\d{1,5})\s*[号號][\s）)】\]]*$")]
    private static partial Regex WholeLine();

    private static readonly string[] AuthorityEndings = ["办公室", "办公厅", "人民政府", "政府", "委员会", "会议", "局", "厅", "文件"];

    public readonly record struct Found(string Number, int Index, int Length);

    /// <summary>The line is a document number and nothing else (brackets around it allowed).</summary>
    public static string? WholeLineNumber(string line)
    {
        var m = WholeLine().Match(line.Trim());
        return m.Success ? Normalise(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[0].Value) : null;
    }

    /// <summary>Every document number inside <paramref name="text"/>, normalised.</summary>
    public static IEnumerable<Found> FindAll(string text)
    {
        foreach (Match m in Number().Matches(text))
        {
            var abbreviation = TrimLeadingText(m.Groups[1].Value);
            var start = m.Groups[1].Index + (m.Groups[1].Length - abbreviation.Length);
            yield return new Found(Normalise(abbreviation, m.Groups[2].Value, m.Groups[3].Value, m.Value), start, m.Index + m.Length - start);
        }
    }

    /// <summary>
    /// "办公室吉质联办" (a mark and a number run together) → "吉质联办": an abbreviation never holds a
    /// whole authority name, so anything up to the last authority ending is other text.
    /// </summary>
    private static string TrimLeadingText(string abbreviation)
    {
        var cut = 0;
        foreach (var ending in AuthorityEndings)
        {
            var i = abbreviation.LastIndexOf(ending, StringComparison.Ordinal);
            if (i >= 0 && i + ending.Length < abbreviation.Length) cut = Math.Max(cut, i + ending.Length);
        }
        var rest = abbreviation[cut..];
        // Words that introduce a reference are not part of the abbreviation.
        foreach (var lead in new[] { "根据", "依据", "按照", "文号", "字号", "印发", "转发", "见" })
        {
            if (rest.StartsWith(lead, StringComparison.Ordinal) && rest.Length > lead.Length) rest = rest[lead.Length..];
        }
        return rest;
    }

    private static string Normalise(string abbreviation, string year, string serial, string whole)
    {
        var hao = whole.Contains('號') ? '號' : '号';
        var sb = new StringBuilder();
        sb.Append(abbreviation.Trim()).Append('〔').Append(year).Append('〕').Append(int.Parse(serial)).Append(hao);
        return sb.ToString();
    }
}

using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// Documents a text names with a role: those it repeals ("原《…》（文号）同时废止", "原…办法同时废止") and those it
/// implements or rests on ("根据《…》（国办发〔2012〕27号）…制定本办法").
/// </summary>
internal static partial class ReferenceReader
{
    [GeneratedRegex(@"(?:原|此前|之前|过去)?(?:印发|发布|制定|出台)?(?:的)?《(?<title>[^》]{4,80})》\s*(?:[（(](?<number>[^）)]{3,30})[）)])?[^，,。；;《》\n]{0,14}?(?:废止|停止执行|不再执行|失效|作废)")]
    private static partial Regex RepealedTitled();

    [GeneratedRegex(@"原(?<title>[^，,。；;《》\n]{4,40}?(?:办法|规定|意见|方案|通知|细则|制度))\s*(?:[（(](?<number>[^）)]{3,30})[）)])?\s*(?:同时|即行|随即|自行|予以|一并|即)?\s*(?:废止|停止执行|不再执行|失效)")]
    private static partial Regex RepealedUntitled();

    [GeneratedRegex(@"(?:根据|依据|按照|贯彻落实|贯彻|落实|为落实|为贯彻)")]
    private static partial Regex BasisCue();

    [GeneratedRegex(@"《(?<title>[^》]{4,80})》\s*(?:[（(](?<number>[^）)]{3,30})[）)])?")]
    private static partial Regex Titled();

    public static IEnumerable<(string Title, string? Number, SourceSpan Source)> Repealed(Document document)
    {
        foreach (var unit in document.Units)
        {
            var text = UnitText.Of(unit);
            var taken = new List<int>();
            foreach (var m in RepealedTitled().Matches(text.Folded).Concat(RepealedUntitled().Matches(text.Folded)))
            {
                if (taken.Any(t => t >= m.Index && t < m.Index + m.Length)) continue;
                taken.Add(m.Groups["title"].Index);
                yield return (m.Groups["title"].Value, m.Groups["number"].Success ? m.Groups["number"].Value : null, SourceSpan.Of(text, m.Index, m.Index + m.Length));
            }
        }
    }

    /// <summary>Titles named in the sentences that give the document's basis, read from its first two units.</summary>
    public static IEnumerable<(string Title, string? Number, SourceSpan Source)> Basis(Document document)
    {
        foreach (var unit in document.Units.Take(2))
        {
            var text = UnitText.Of(unit);
            foreach (var sentence in text.Sentences.Where(s => BasisCue().IsMatch(s.Text)))
            {
                foreach (Match m in Titled().Matches(sentence.Text))
                {
                    if (sentence.Text.AsSpan(m.Index + m.Length).TrimStart().StartsWith("同时废止")) continue;
                    yield return (m.Groups["title"].Value, m.Groups["number"].Success ? m.Groups["number"].Value : null,
                        SourceSpan.Of(text, sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
                }
            }
        }
    }
}

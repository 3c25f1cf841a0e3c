using System.Text;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Removes pinyin readings inserted after characters: 質(zhì)量 → 質量, 国(guó) → 国. A bracket counts as a
/// reading only when it directly follows a Han character and holds nothing but pinyin syllables, at least
/// one of them with a tone mark, so (CQO) or (e) stay.
/// </summary>
internal sealed partial class PinyinAnnotationRemover : IImportStep
{
    private const string Letters = "a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿêÊĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ\u0300-\u036F";

    [GeneratedRegex($@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])[(（]\s?([{Letters}]{{1,8}}(?:[\s'’][{Letters}]{{1,8}}){{0,5}})\s?[)）]")]
    private static partial Regex Reading();

    [GeneratedRegex(@"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvê]{1,4}(?:ng|n|r)?$")]
    private static partial Regex Syllable();

    private const string Toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    public void Run(ImportDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (line.IndexOfAny(['(', '（']) < 0) continue;
            draft.Lines[i] = Reading().Replace(line, m => IsReading(m.Groups[1].Value) ? "" : m.Value);
        }
    }

    public static bool IsReading(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var toned = false;
        foreach (var part in composed.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            var plain = new StringBuilder();
            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                if (c is >= '\u0300' and <= '\u036F')
                {
                    toned |= c is '\u0304' or '\u0301' or '\u030C' or '\u0300';
                    continue;
                }
                plain.Append(c);
            }
            toned |= part.IndexOfAny(Toned.ToCharArray()) >= 0;
            var bare = plain.ToString().Replace("u\u0308", "ü");
            if (!Syllable().IsMatch(bare)) return false;
        }
        return toned;
    }
}

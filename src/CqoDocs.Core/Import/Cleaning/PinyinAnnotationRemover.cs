using System.Text;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Removes pinyin readings inserted after characters: 質(zhì)量 → 質量, 国(guó) → 国. A bracket counts as a
/// reading only when it directly follows a Han character and holds nothing but pinyin syllables: with a tone
/// mark or number (zhì, zhi4), or without one when every syllable starts with an initial consonant (從(cong)),
/// so (CQO), (e) or (yes) stay.
/// </summary>
internal sealed partial class PinyinAnnotationRemover : IImportStep
{
    private const string Letters = "a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿêÊĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ\u0300-\u036F";

    [GeneratedRegex($@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])[(（]\s?([{Letters}]{{1,8}}[1-5]?(?:[\s'’][{Letters}]{{1,8}}[1-5]?){{0,5}})\s?[)）]")]
    private static partial Regex Reading();

    [GeneratedRegex(@"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvê]{1,4}(?:ng|n|r)?([1-5])?$")]
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
        var initials = true;
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
            var syllable = Syllable().Match(bare);
            if (!syllable.Success) return false;
            toned |= syllable.Groups[2].Success;
            initials &= syllable.Groups[1].Success;
        }
        return toned || initials;
    }
}

using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// Spells out an authority written in short form, using the region the document belongs to: 省实施质量强省
/// 战略联席会议办公室 → 吉林省实施…办公室, 市政府办公室 → 南通市人民政府办公室 (a government's official name
/// is 人民政府). The place name is taken as the document writes it when it does (蘇州 stays Traditional).
/// </summary>
internal sealed class AuthorityExpander : IImportStep
{
    public void Run(ImportDraft draft)
    {
        var authority = draft.Authority;
        if (authority is null || authority.Length < 3) return;
        var place = authority[0] switch
        {
            '省' => draft.Region.Province,
            '市' => draft.Region.City ?? (draft.Region.Province?.EndsWith('市') == true ? draft.Region.Province : null),
            '县' or '区' => draft.Region.District,
            _ => null,
        };
        if (place is null || place[^1] != authority[0]) return;
        var rest = authority[1..];
        var folded = ScriptTable.Default.ToSimplified(rest);
        if (folded.StartsWith("政府", StringComparison.Ordinal)) rest = "人民" + rest;
        draft.Authority = AsWritten(draft, place) + rest;
    }

    /// <summary>The place name in the document's own script when the document spells it somewhere.</summary>
    private static string AsWritten(ImportDraft draft, string place)
    {
        foreach (var line in draft.AllLines().Prepend(draft.Layout.CoverTitle ?? "").Prepend(draft.Title ?? ""))
        {
            var i = ScriptTable.Default.ToSimplified(line).IndexOf(place, StringComparison.Ordinal);
            if (i >= 0) return line.Substring(i, place.Length);
        }
        return place;
    }
}

using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>
/// Ids read as what the document is: place-year-kind, e.g. 清远-2016-measures, 吉林-2013-opinion,
/// 余杭-2025-news. The place is the most specific part of the region in short form (清远市 → 清远); without a
/// region, 全国 for national bodies, else the title's first characters. The year is the date's, else the
/// publication's. The importer makes ids unique by adding -2, -3… (see <see cref="CorpusImporter"/>).
/// </summary>
internal static partial class DocumentIdProposer
{
    public static string Propose(ImportDraft draft) => Propose(draft.ToDocument(""));

    /// <summary>The id a document's metadata proposes (after the user corrected it in a review, say).</summary>
    public static string Propose(Document document)
    {
        var place = document.Region.Name is { } name ? Region.ShortForm(name) : Fallback(document);
        var year = (document.Date ?? document.Published)?.Year.ToString() ?? "无日期";
        return Sanitise($"{place}-{year}-{document.Kind.Key()}");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[^省市县区州盟旗]{2,5}?(?:自治州|自治县|省|市|县|区|州|盟|旗)(?!场|委|政府|监|域|级|属|直)")]
    private static partial System.Text.RegularExpressions.Regex PlaceAtStart();

    private static string Fallback(Document document)
    {
        var authority = document.Authority ?? "";
        if (authority.StartsWith("国家", StringComparison.Ordinal) || authority.StartsWith("国务院", StringComparison.Ordinal)
            || authority.StartsWith("中国", StringComparison.Ordinal) || authority.StartsWith("全国", StringComparison.Ordinal))
            return "全国";
        var title = new string(document.Title.Where(Text.ChineseText.IsHan).ToArray());
        if (title.StartsWith("关于", StringComparison.Ordinal)) title = title[2..];
        // A place the gazetteer does not know still names itself: 云杉市企业… → 云杉.
        if (PlaceAtStart().Match(title) is { Success: true } place) return Region.ShortForm(place.Value);
        return title.Length == 0 ? "文件" : title[..Math.Min(6, title.Length)];
    }

    /// <summary>Keeps a file name (with a -NN suffix and ".md") well within 255 bytes on every system.</summary>
    private const int MaxIdLength = 60;

    /// <summary>A file name on every system: no spaces, no path or reserved characters, never empty, never too long.</summary>
    public static string Sanitise(string id)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|', ' ', '　']).ToHashSet();
        var chars = id.Select(c => invalid.Contains(c) || char.IsControl(c) || char.IsSurrogate(c) ? '-' : c).ToArray();
        var clean = new string(chars).Trim('-', '.');
        if (clean.Length > MaxIdLength) clean = clean[..MaxIdLength].TrimEnd('-', '.');
        return clean.Length == 0 ? "文件" : clean;
    }
}

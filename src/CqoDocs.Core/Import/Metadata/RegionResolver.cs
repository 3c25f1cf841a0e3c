using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;
using CqoDocs.Core.Regions;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// Where the document applies, from the gazetteer: the first place named by the authority, else by the
/// title(s), else by the head and cover lines, else by the body's opening. Adjacent names refine each
/// other (浙江省杭州市余杭区 → the district), and the containing city and province are filled in. A name
/// shared by several divisions (吉林: province and city; 鼓楼区: several cities) is settled by the other
/// places the document names, else the higher level wins. A national body's document has no region.
/// </summary>
internal sealed class RegionResolver : IImportStep
{
    /// <summary>Only the body's opening is searched: later mentions are examples and comparisons.</summary>
    private const int BodyReach = 5000;

    public void Run(ImportDraft draft)
    {
        var finder = RegionFinder.Default;
        if (IsNational(draft.Authority))
        {
            // A national body's document applies everywhere; places its text names are examples.
            draft.Region = Region.None;
            return;
        }
        var sources = Sources(draft).Select(ScriptTable.Default.ToSimplified).ToList();
        var context = sources.SelectMany(finder.Find).ToList();
        foreach (var source in sources)
        {
            var mentions = finder.Find(source);
            if (mentions.Count == 0) continue;
            draft.Region = Gazetteer.Default.RegionOf(Pick(mentions, context));
            return;
        }
        draft.Region = Region.None;
    }

    private static bool IsNational(string? authority)
    {
        if (authority is null) return false;
        var folded = ScriptTable.Default.ToSimplified(authority);
        return RegionFinder.Default.Find(folded).Count == 0
            && (folded.StartsWith("国家", StringComparison.Ordinal) || folded.StartsWith("国务院", StringComparison.Ordinal)
                || folded.StartsWith("中华人民共和国", StringComparison.Ordinal) || folded.StartsWith("全国", StringComparison.Ordinal)
                || folded.StartsWith("中国", StringComparison.Ordinal) || folded.Contains("总局", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Sources(ImportDraft draft)
    {
        var layout = draft.Layout;
        if (draft.Authority is not null) yield return draft.Authority;
        if (layout.CoverTitle is not null) yield return layout.CoverTitle;
        if (draft.Title is not null) yield return draft.Title;
        yield return string.Join("\n", layout.Head.Concat(layout.Subtitles));
        yield return string.Join("\n", layout.Cover);
        var body = string.Join("\n", draft.Units.Select(u => u.Heading + "\n" + u.Text));
        yield return body.Length > BodyReach ? body[..BodyReach] : body;
    }

    private static Division Pick(List<RegionMention> mentions, List<RegionMention> context)
    {
        var first = mentions[0];
        var chosen = Choose(first, context);
        var end = first.End;
        foreach (var next in mentions.Skip(1))
        {
            if (next.Index - end > 1) break;
            var inner = next.Candidates.FirstOrDefault(c => c.Level > chosen.Level && Gazetteer.Contains(chosen, c));
            if (inner is null) break;
            chosen = inner;
            end = next.End;
        }
        return chosen;
    }

    private static Division Choose(RegionMention mention, List<RegionMention> context)
    {
        if (mention.Candidates.Count == 1) return mention.Candidates[0];
        // Another place the document names settles it: 鼓楼区 beside 南京市.
        var others = context.Where(c => c.Candidates.Count == 1).Select(c => c.Candidates[0]).ToList();
        var inside = mention.Candidates.Where(c => others.Any(o => o.Level < c.Level && Gazetteer.Contains(o, c))).ToList();
        if (inside.Count == 1) return inside[0];
        // 吉林 alone: the document's full names decide between 吉林省 and 吉林市.
        var named = mention.Candidates.Where(c => others.Any(o => o.Code == c.Code)).ToList();
        if (named.Count == 1) return named[0];
        return mention.Candidates.OrderBy(c => c.Level).ThenBy(c => c.Code, StringComparer.Ordinal).First();
    }
}

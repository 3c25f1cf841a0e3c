using CqoDocs.Core.Model;
using CqoDocs.Search.Query;

namespace CqoDocs.Bench;

/// <summary>
/// The units, metadata and filters the Lucene peer (the shared bench's lucene-peer/LucenePeer.java) is given,
/// by the rules of the shared bench README, so that the two can be run side by side on the same work.
/// </summary>
internal static class PeerWorkload
{
    public const int UnitsPerDocument = 25;

    private static readonly string[] Topics =
    [
        Topic.Duties, Topic.Qualifications, Topic.Powers, Topic.Appointment, Topic.Training, Topic.Evaluation,
        Topic.Conduct, Topic.Dismissal, Topic.Liability, Topic.Incentives, Topic.Goals, Topic.Measures,
    ];

    private static readonly (string Province, string City)[] Regions =
    [
        ("广东省", "清远市"), ("吉林省", "长春市"), ("江苏省", "南通市"), ("浙江省", "杭州市"), ("河南省", "郑州市"),
        ("山东省", "青岛市"), ("湖北省", "武汉市"), ("四川省", "成都市"), ("福建省", "厦门市"), ("河北省", "石家庄市"),
    ];

    private static readonly DocumentKind[] Kinds =
    [
        DocumentKind.Notice, DocumentKind.Opinion, DocumentKind.Measures, DocumentKind.Plan, DocumentKind.Standard, DocumentKind.News,
    ];

    /// <summary>
    /// The text cut into <paramref name="units"/> consecutive chunks of <paramref name="chunk"/> characters (one
    /// more when the cut would split a surrogate pair); at the end of the text, again from (149 × pass) mod chunk.
    /// Made as they are enumerated: a build holds only the text, not every unit cut from it.
    /// </summary>
    public static IEnumerable<string> Chunks(string text, int units, int chunk)
    {
        if (text.Length <= chunk + 1) throw new ArgumentException($"文本只有 {text.Length} 个字符，不够切出 {chunk} 字的条目");
        return Cut(text, units, chunk);
    }

    private static IEnumerable<string> Cut(string text, int units, int chunk)
    {
        int at = 0, pass = 0;
        for (var i = 0; i < units; i++)
        {
            if (at + chunk + 1 > text.Length)
            {
                pass++;
                at = 149 * pass % chunk;
            }
            var end = at + chunk;
            if (char.IsLowSurrogate(text[end])) end++;
            yield return text[at..end];
            at = end;
        }
    }

    /// <summary>Unit i in document i / 25, with the peer's topics per unit and region, kind and year per document.</summary>
    public static IEnumerable<Document> Documents(IEnumerable<string> chunks)
    {
        var d = 0;
        foreach (var group in chunks.Chunk(UnitsPerDocument))
        {
            var first = d * UnitsPerDocument;
            var units = new List<Unit>(UnitsPerDocument);
            for (var i = 0; i < group.Length; i++)
            {
                units.Add(new Unit($"第{i + 1}条", null, group[i], UnitTopics(first + i)));
            }
            var (province, city) = Regions[d % Regions.Length];
            // An ASCII title: the peer indexes no title, and a Chinese one would make its words match every unit.
            yield return new Document
            {
                Id = $"peer-{d}",
                Title = $"peer {d}",
                Date = new DateOnly(Year(d), 1, 1),
                Region = new Region(province, city, null),
                Kind = Kinds[d / 10 % Kinds.Length],
                Units = units,
            };
            d++;
        }
    }

    public static IReadOnlyList<string> UnitTopics(int i)
    {
        var first = Topics[i % 12];
        if (i % 3 != 0) return [first];
        var second = Topics[(i * 7 + 3) % 12];
        return second == first ? [first] : [first, second];
    }

    public static int Year(int document) => 2010 + document * 7 % 16;

    /// <summary>The filter variants, each the request for query k (0-based) as the peer builds it.</summary>
    public static readonly (string Name, Func<int, SearchRequest, SearchRequest> Filter)[] Variants =
    [
        ("unfiltered", (_, r) => r),
        ("topic", (k, r) => r with { Topics = [Topics[k % 12]] }),
        ("region", (k, r) => r with { Region = Regions[k % 10].Province }),
        ("kind", (k, r) => r with { Kind = Kinds[k % 6] }),
        ("year", (k, r) => r with { Since = 2010 + k % 13, Until = 2010 + k % 13 + 3 }),
        // Not in the peer: every filter at once, the narrowest request a user can make.
        ("combined", (k, r) => r with
        {
            Topics = [Topics[k % 12]], Region = Regions[k % 10].Province, Kind = Kinds[k % 6],
            Since = 2010 + k % 13, Until = 2010 + k % 13 + 3,
        }),
    ];
}

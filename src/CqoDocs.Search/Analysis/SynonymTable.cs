namespace CqoDocs.Search.Analysis;

/// <summary>
/// Groups of words that mean the same thing in this domain (聘期 ↔ 聘任期限, CQO ↔ 首席质量官), applied at
/// query time: a query word that belongs to a group is looked for as any member of it. The groups live in a
/// plain text file a reviewer can read (Analysis/synonyms.txt: one group per line, members separated by
/// spaces, # for comments), embedded in this assembly.
/// </summary>
public sealed class SynonymTable
{
    private const string ResourceName = "synonyms.txt";
    private static readonly Lazy<SynonymTable> BundledTable = new(LoadBundled);

    private SynonymTable(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    public static SynonymTable Bundled => BundledTable.Value;

    public static SynonymTable Empty { get; } = new([]);

    /// <summary>Each group's members as written, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>
    /// The members written in Chinese, which the segmenter is taught as words (聘任期限, 解除聘任): each member
    /// is then one index term, so a group is a plain OR of terms and both rankers score it the same way.
    /// </summary>
    public IEnumerable<string> ChineseWords =>
        Groups.SelectMany(g => g).Where(m => m.Length > 1 && m.All(c => c is >= '\u4e00' and <= '\u9fff')).Distinct(StringComparer.Ordinal);

    public static SynonymTable Parse(string text)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var members = line.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal).ToList();
            if (members.Count > 1) groups.Add(members);
        }
        return new SynonymTable(groups);
    }

    private static SynonymTable LoadBundled()
    {
        using var stream = typeof(SynonymTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

namespace CqoDocs.Search.Analysis;

/// <summary>
/// Drops function words that carry no subject (的, 和, 及 …). Applied when indexing and when searching,
/// so "首席质量官的职责" still matches "首席质量官职责" as a phrase: dropped words take no position.
/// </summary>
public sealed class StopWordFilter : ITokenFilter
{
    /// <summary>
    /// Particles, conjunctions, prepositions and the question words of a query typed as a question
    /// (哪些, 什么); deliberately short: a word that can be a subject stays.
    /// </summary>
    public static readonly IReadOnlyList<string> Chinese =
    [
        "的", "地", "得", "了", "着", "和", "与", "及", "以及", "或", "或者", "并", "并且", "而", "等", "之",
        "在", "对", "为", "将", "把", "被", "由", "从", "于", "向", "以", "其", "该", "此", "这", "那",
        "是", "也", "都", "又", "即", "则", "所", "吗", "呢", "吧", "啊",
        "什么", "哪些", "如何", "怎样", "怎么", "有何", "是否",
    ];

    private readonly HashSet<string> _words;

    public StopWordFilter(IEnumerable<string>? words = null) => _words = new HashSet<string>(words ?? Chinese, StringComparer.Ordinal);

    public bool Keep(string term) => !_words.Contains(term);
}

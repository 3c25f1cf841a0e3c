using CqoDocs.Core.Model;

namespace CqoDocs.Search.Query;

/// <summary>What a user asked for: words, and filters that every hit must pass.</summary>
public sealed record SearchRequest(string Text)
{
    /// <summary>Topic keys; a unit passes when it carries any of them. Empty: no topic filter.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>A region name as a user types it (清远, 广东省清远市); see <see cref="Region.Matches"/>.</summary>
    public string? Region { get; init; }
    /// <summary>Earliest year of the document's date, inclusive.</summary>
    public int? Since { get; init; }
    /// <summary>Latest year of the document's date, inclusive.</summary>
    public int? Until { get; init; }
    public DocumentKind? Kind { get; init; }
    /// <summary>Only documents in force (现行有效) on <see cref="AsOf"/>.</summary>
    public bool InForce { get; init; }
    /// <summary>The day validity is judged on; today when not given.</summary>
    public DateOnly? AsOf { get; init; }
    public int Limit { get; init; } = 10;
    /// <summary>Whether to count every matching unit, not only the ones returned.</summary>
    public bool CountTotal { get; init; } = true;

    public DateOnly Day => AsOf ?? DateOnly.FromDateTime(DateTime.Today);
}

namespace CqoDocs.Core.Model;

/// <summary>Where a document applies, by official full names (广东省 / 清远市 / 余杭区); any part may be unknown.</summary>
public sealed record Region(string? Province, string? City, string? District)
{
    public static readonly Region None = new(null, null, null);

    /// <summary>The most specific part known, for display: 余杭区, else 清远市, else 广东省.</summary>
    public string? Name => District ?? City ?? Province;

    public override string ToString() =>
        string.Join("", new[] { Province, City, District }.Where(p => !string.IsNullOrEmpty(p)).Distinct());
}

namespace CqoDocs.Search.Analysis;

/// <summary>
/// One word the analyzer kept: its normalised form (Simplified, half-width, lower case) and where it
/// stands in the ORIGINAL text (UTF-16 offsets, End exclusive), so a Traditional unit can be highlighted
/// in its own script.
/// </summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(AnalyzedToken other) => Start <= other.Start && other.End <= End;
}

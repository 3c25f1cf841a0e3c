namespace CqoDocs.Search.Query;

/// <summary>
/// FTS5's bm25() (k1 = 1.2, b = 0.75, IDF floored at 1e-6), term by term, with the same operations in the
/// same order, so that a score computed here equals the one SQLite would return.
/// </summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double Idf(long units, long unitsWithTerm)
    {
        var idf = Math.Log((units - unitsWithTerm + 0.5) / (unitsWithTerm + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <param name="weightedCount">Σ column weight × occurrences of the term in the unit.</param>
    /// <param name="length">The unit's tokens in all columns.</param>
    public static double Term(double idf, double weightedCount, double length, double averageLength) =>
        idf * (weightedCount * (K1 + 1.0) / (weightedCount + K1 * (1 - B + B * length / averageLength)));
}

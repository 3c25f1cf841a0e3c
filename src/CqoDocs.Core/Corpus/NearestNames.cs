namespace CqoDocs.Core.Corpus;

/// <summary>The valid names closest to one a user mistyped (清原 → 清远), by edit distance.</summary>
public static class NearestNames
{
    /// <returns>Up to <paramref name="max"/> names at the smallest distance, if that distance is small for the name's length; else none.</returns>
    public static IReadOnlyList<string> To(string typed, IEnumerable<string> names, int max = 3)
    {
        var scored = names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: Distance(typed, n)))
            .Where(s => s.Distance <= Math.Max(1, Math.Min(typed.Length, s.Name.Length) / 2))
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Name.Length)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0) return [];
        return scored.Where(s => s.Distance == scored[0].Distance).Take(max).Select(s => s.Name).ToList();
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

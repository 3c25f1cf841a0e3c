namespace CqoDocs.Cli.Parsing;

/// <summary>The name a user most likely meant by a mistyped one: "--regoin" → "--region", "serach" → "search".</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        var bare = typed.TrimStart('-');
        if (bare.Length == 0) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names.Distinct())
        {
            var candidate = name.TrimStart('-');
            var distance = candidate.StartsWith(bare, StringComparison.OrdinalIgnoreCase) && bare.Length >= 2
                ? 1
                : Distance(bare.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        // One edit in four letters, at most three: "--limt" and "--regoin" find theirs, "frob" finds nothing.
        return bestDistance <= Math.Clamp(bare.Length / 3, 1, 3) ? best : null;
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}

using CqoDocs.Search.Query;

namespace CqoDocs.Search.Tests.Query;

/// <summary>
/// The threshold readers under a filter, on long synthetic lists (longer than the bundled corpus can give, so
/// the reading by score is taken), against scoring every allowed unit: the same units in the same order.
/// </summary>
public sealed class FilteredTopTests
{
    private const int Units = 40_000;

    [Theory]
    [InlineData(0.01, 10)]
    [InlineData(0.05, 10)]
    [InlineData(0.2, 10)]
    [InlineData(0.6, 50)]
    [InlineData(0.95, 1)]
    public void The_best_allowed_units_holding_every_term_are_those_scoring_them_all_finds(double density, int limit)
    {
        var random = new Random(3);
        var lists = new[] { List(random, 0.8), List(random, 0.5), List(random, 0.7) };
        var allowed = Allowed(random, density);

        var (found, _) = TopOfIntersection.Find(lists, limit, 3, (_, _, r) => r, 1.0, allowed);

        var expected = AllScored(lists, 3, allowed).Where(u => u.Coverage == 3).Take(limit);
        Assert.Equal(expected.Select(u => u.Id), found.Select(u => u.Id));
        Assert.All(found, u => Assert.True(allowed.Contains(u.Id)));
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void The_best_allowed_units_holding_any_word_are_those_scoring_them_all_finds(double density)
    {
        var random = new Random(5);
        // Two words seldom found together, so that few units hold both and the union is read.
        var lists = new[] { List(random, 0.5), List(random, 0.02), List(random, 0.8) };
        var allowed = Allowed(random, density);
        var all = AllScored(lists, 2, allowed);

        var found = TopOfUnion.Find(lists, 2, all.Where(u => u.Coverage == 2).Select(u => u.Id), 20, (_, _, r) => r, 1.0, allowed);

        Assert.Equal(all.Take(20).Select(u => (u.Id, u.Coverage)), found.Select(u => (u.Id, u.Coverage)));
    }

    /// <summary>A unit's standing, shared by every list as real scores are (a long unit scores low for every word).</summary>
    private static readonly double[] Standing = Enumerable.Range(0, Units + 1).Select(i => new Random(i).NextDouble() * 5).ToArray();

    /// <summary>
    /// Postings for a share of the units, scored by the unit's standing plus a little noise: the bound bites
    /// after a short reading, as it does on real lists, so the filtered reading by score is what runs.
    /// </summary>
    private static TermScores List(Random random, double share)
    {
        var ids = Enumerable.Range(1, Units).Where(_ => random.NextDouble() < share).Select(i => (long)i).ToArray();
        var scores = ids.Select(id => Math.Round(Standing[id] + random.NextDouble() * 0.1, 4)).ToArray();
        return new TermScores(ids, scores, new int[ids.Length + 1], []);
    }

    private static UnitSet Allowed(Random random, double density)
    {
        var set = new UnitSet(Units);
        for (var id = 1; id <= Units; id++) if (random.NextDouble() < density) set.Add(id);
        return set;
    }

    /// <summary>Every allowed unit in some list, scored from all lists in their order, best first.</summary>
    private static List<RankedUnit> AllScored(TermScores[] lists, int words, UnitSet allowed) =>
        lists.SelectMany(l => l.Ids).Distinct().Where(allowed.Contains).Select(id =>
        {
            var coverage = 0;
            var relevance = 0.0;
            for (var m = 0; m < lists.Length; m++)
            {
                var at = lists[m].IndexOf(id);
                if (at < 0) continue;
                relevance += lists[m].Scores[at];
                if (m < words) coverage++;
            }
            return new RankedUnit(id, coverage, relevance);
        }).Order(Comparer<RankedUnit>.Create(RankedUnit.Compare)).ToList();
}

using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Topics;

/// <summary>
/// Topics per unit, several allowed. A heading that names its subject decides first (（二）首席质量官任职条件
/// → qualifications), and so does a short lead-in ending with a colon (首席质量官工作职责：). Body cue words
/// come next, weighed by how strongly they signal and how often they occur (each word counted at most three
/// times): a topic is kept when it scores enough on its own and at least half the best topic's score, and a
/// unit carries at most three, so a long unit is not tagged with everything it mentions in passing.
/// </summary>
internal sealed class TopicTagger : IImportStep
{
    private const double MinScore = 2.0;
    private const double MinShareOfBest = 0.5;
    /// <summary>With a heading deciding, body topics must be strong to join it.</summary>
    private const double MinScoreBesideHeading = 4.0;
    private const int MaxTopics = 3;
    private const int MaxLeadIn = 30;

    public void Run(ImportDraft draft)
    {
        // The headings of the units a unit is nested in, by level: 5.1 职责履行 speaks for 5.1.1 and 5.1.2.
        var named = new Dictionary<int, List<string>>();
        foreach (var unit in draft.Units)
        {
            unit.Topics.Clear();
            unit.Topics.AddRange(Tag(unit.Heading, unit.Text));
            foreach (var deeper in named.Keys.Where(l => l >= unit.Level).ToList()) named.Remove(deeper);
            if (unit.Topics.Count == 0)
            {
                var inherited = named.OrderByDescending(kv => kv.Key).Select(kv => kv.Value).FirstOrDefault(v => v.Count > 0);
                if (inherited is not null) unit.Topics.AddRange(inherited);
            }
            named[unit.Level] = FromHeading(ScriptTable.Default.ToSimplified(unit.Heading ?? ""));
        }
    }

    public static IReadOnlyList<string> Tag(string? heading, string text)
    {
        var foldedText = ScriptTable.Default.ToSimplified(text);
        var named = FromHeading(ScriptTable.Default.ToSimplified(heading ?? LeadIn(foldedText) ?? ""));
        var scores = Score(foldedText);
        var best = scores.Count == 0 ? 0 : scores.Values.Max();
        var result = new List<string>(named);
        var threshold = named.Count > 0 ? MinScoreBesideHeading : MinScore;
        foreach (var (topic, score) in scores.OrderByDescending(kv => kv.Value).ThenBy(kv => Order(kv.Key)))
        {
            if (result.Count >= MaxTopics) break;
            if (score < threshold || score < best * MinShareOfBest || result.Contains(topic)) continue;
            result.Add(topic);
        }
        return result;
    }

    private static int Order(string topic) => Model.Topic.All.ToList().IndexOf(topic);

    /// <summary>"首席质量官工作职责：" opening an article announces its subject like a heading does.</summary>
    private static string? LeadIn(string folded)
    {
        var colon = folded.IndexOf('：');
        return colon > 0 && colon <= MaxLeadIn && !folded[..colon].Contains('。') ? folded[..colon] : null;
    }

    private static List<string> FromHeading(string heading)
    {
        if (heading.Length == 0) return [];
        return TopicCues.Heading
            .Select(c => (c.Topic, Index: heading.IndexOf(c.Word, StringComparison.Ordinal)))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Topic)
            .Distinct()
            .Take(MaxTopics)
            .ToList();
    }

    private static Dictionary<string, double> Score(string folded)
    {
        var scores = new Dictionary<string, double>();
        foreach (var cue in TopicCues.Body)
        {
            var count = Count(folded, cue.Word);
            if (count == 0) continue;
            scores[cue.Topic] = scores.GetValueOrDefault(cue.Topic) + cue.Weight * Math.Min(count, 3);
        }
        var targets = TopicCues.TargetYear().Count(folded);
        if (targets > 0) scores[Model.Topic.Goals] = scores.GetValueOrDefault(Model.Topic.Goals) + 2.0 * Math.Min(targets, 3);
        return scores;
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}

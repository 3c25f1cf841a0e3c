using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Topics;

/// <summary>
/// Topics per unit, several allowed. A heading that names its subject decides first (（二）首席质量官任职条件
/// → qualifications), and so does a short lead-in ending with a colon (首席质量官工作职责：). Body cue words
/// come next, weighed by how strongly they signal and how often they occur (each word counted at most three
/// times; a word inside a longer cue counts once, for the longer one; words in a lead-in to a list count
/// double): a topic is kept when it scores enough on its own and at least half the best topic's score, and
/// a unit carries at most three, so a long unit is not tagged with everything it mentions in passing. A
/// unit that earns no topic of its own takes the topics its parent's heading names (5.1 职责履行 → 5.1.1).
/// </summary>
internal sealed class TopicTagger : IImportStep
{
    private const double MinScore = 2.0;
    /// <summary>A short unit says little: one clear cue word (聘任, 备案) is enough.</summary>
    private const double MinScoreShort = 1.25;
    private const int ShortText = 80;
    private const double MinShareOfBest = 0.5;
    /// <summary>With a heading deciding, a body topic joins it only on a defining cue (一票否决, 解除聘任) or several weaker ones.</summary>
    private const double MinScoreBesideHeading = 3.0;
    private const int MaxTopics = 3;
    /// <summary>A cue of this weight names its topic outright (TopicCues: 3).</summary>
    private const double DefiningWeight = 3.0;
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
        var (scores, defined) = Score(foldedText);
        var best = scores.Count == 0 ? 0 : scores.Values.Max();
        var result = new List<string>(named);
        var threshold = named.Count > 0 ? MinScoreBesideHeading : foldedText.Length < ShortText ? MinScoreShort : MinScore;
        foreach (var (topic, score) in scores.OrderByDescending(kv => kv.Value).ThenBy(kv => Order(kv.Key)))
        {
            if (result.Count >= MaxTopics) break;
            // A defining cue (一票否决, 解除聘任) is never a mention in passing, however busy the rest of the unit is.
            var passing = score < best * MinShareOfBest && !defined.Contains(topic);
            if (score < threshold || passing || result.Contains(topic)) continue;
            result.Add(topic);
        }
        return result;
    }

    private static int Order(string topic) => Model.Topic.All.ToList().IndexOf(topic);

    /// <summary>"首席质量官工作职责：" opening an article announces its subject like a heading does.</summary>
    private static string? LeadIn(string folded)
    {
        var colon = folded.IndexOf('：');
        // A single phrase ("首席质量官应符合以下任职条件"), not a sentence announcing what follows.
        return colon > 0 && colon <= MaxLeadIn && folded[..colon].IndexOfAny(['。', '，', '；']) < 0 ? folded[..colon] : null;
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

    private static readonly TopicCue[] LongestFirst = TopicCues.Body.OrderByDescending(c => c.Word.Length).ToArray();

    private static (Dictionary<string, double> Scores, HashSet<string> Defined) Score(string folded)
    {
        var scores = new Dictionary<string, double>();
        var defined = new HashSet<string>();
        var text = folded.ToCharArray();
        var leadIn = LeadInMask(folded);
        foreach (var cue in LongestFirst)
        {
            var count = 0.0;
            for (var i = folded.IndexOf(cue.Word, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(cue.Word, i + 1, StringComparison.Ordinal))
            {
                if (!Free(text, i, cue.Word.Length)) continue;
                Array.Fill(text, '\0', i, cue.Word.Length);
                count += leadIn[i] ? 2 : 1;
            }
            if (count == 0 || cue.Topic == TopicCues.NoTopic) continue;
            scores[cue.Topic] = scores.GetValueOrDefault(cue.Topic) + cue.Weight * Math.Min(count, 3);
            if (cue.Weight >= DefiningWeight) defined.Add(cue.Topic);
        }
        var targets = TopicCues.TargetYear().Count(folded);
        if (targets > 0) scores[Model.Topic.Goals] = scores.GetValueOrDefault(Model.Topic.Goals) + 2.0 * Math.Min(targets, 3);
        return (scores, defined);
    }

    private static bool Free(char[] text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (text[k] == '\0') return false;
        }
        return true;
    }

    /// <summary>Which characters stand in a lead-in: a short paragraph ending with a colon that opens a list.</summary>
    private static bool[] LeadInMask(string folded)
    {
        var mask = new bool[folded.Length];
        var start = 0;
        foreach (var paragraph in folded.Split('\n'))
        {
            if (paragraph.EndsWith('：') && paragraph.Length <= 60) Array.Fill(mask, true, start, paragraph.Length);
            start += paragraph.Length + 1;
        }
        return mask;
    }
}

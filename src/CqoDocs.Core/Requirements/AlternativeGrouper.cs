namespace CqoDocs.Core.Requirements;

/// <summary>
/// Reads "或" between qualifications as either-or. Within a sentence, comma-separated parts are read in
/// order: a part that begins with 或 (或者具有…) is a new option of the current group; "或" between two finds
/// inside a part (大学本科以上学历或中级以上职称) starts a new option too; any other part joins the current
/// option (本科以上学历，5年以上经历 = both) unless an alternative was opened earlier in the same sentence, in
/// which case it starts a new group (经验或职称，并具有经历 = (经验 | 职称) and 经历). A sentence that begins
/// with 或 continues the previous sentence's group as a new option (本科以上学历和3年经历；或大专学历和5年经历).
/// Sentences that each open with a condition are options of one group too (具有大专以上学历的，应当从事质量工作5年以上；
/// 具有本科以上学历的，应当从事质量工作3年以上). In a sentence that says 之一/其一 (注册质量师、审核员等资格之一), "、" separates alternatives too.
/// </summary>
internal static partial class AlternativeGrouper
{
    public static IReadOnlyList<Requirement> Group(UnitText unit, IReadOnlyList<Requirement> found, ref int nextGroup)
    {
        var result = found.Where(r => !r.Kind.IsQualification() || r.Kind == RequirementKind.ConductBar).ToList();
        var qualifications = found.Where(r => r.Kind.IsQualification() && r.Kind != RequirementKind.ConductBar).OrderBy(r => r.Source.Start).ToList();
        int? group = null;
        var option = 0;
        var hasAlternatives = false;
        Sentence? lastSentence = null;
        var lastConditional = false;
        int lastEnd = 0;
        foreach (var r in qualifications)
        {
            var sentence = unit.SentenceAt(r.Source.Start);
            if (!ReferenceEquals(sentence, lastSentence))
            {
                var conditional = Conditional().IsMatch(sentence.Text);
                if (group is not null && (StartsWithOr(unit.Folded, sentence.Start) || conditional && lastConditional))
                {
                    // The alternative is the whole sentence: its commas join, they do not open a new group.
                    option++;
                    hasAlternatives = false;
                }
                else
                {
                    group = nextGroup++;
                    option = 0;
                    hasAlternatives = false;
                }
                lastSentence = sentence;
                lastConditional = conditional;
                lastEnd = sentence.Start;
            }
            else
            {
                var between = unit.Folded[lastEnd..Math.Max(lastEnd, r.Source.Start)];
                var comma = Math.Max(between.LastIndexOf('，'), between.LastIndexOf(','));
                // "注册质量师、审核员等资格之一": a list whose items are alternatives.
                var orAt = OrIndex(between) is var i and >= 0 ? i : between.Contains('、') && OneOf(sentence.Text) ? between.IndexOf('、') : -1;
                if (orAt >= 0)
                {
                    option++;
                    hasAlternatives = true;
                }
                else if (comma >= 0 && hasAlternatives)
                {
                    group = nextGroup++;
                    option = 0;
                    hasAlternatives = false;
                }
            }
            result.Add(r with { Group = group, Option = option });
            lastEnd = Math.Max(lastEnd, r.Source.End);
        }
        return result.OrderBy(r => r.Source.Start).ToList();
    }

    /// <summary>A sentence that opens with its condition (具有大专以上学历的，…).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[^，,。；;]{2,30}的[，,]")]
    private static partial System.Text.RegularExpressions.Regex Conditional();

    private static bool OneOf(string sentence) => sentence.Contains("之一") || sentence.Contains("其一") || sentence.Contains("任一") || sentence.Contains("任何一");

    private static bool StartsWithOr(string text, int start)
    {
        var s = text.AsSpan(start).TrimStart();
        s = s.TrimStart("（）()一二三四五六七八九十0123456789、.． ");
        return s.StartsWith("或");
    }

    /// <summary>Where "或" separates two finds, ignoring 或以上 and 或者以上.</summary>
    private static int OrIndex(string between)
    {
        for (var i = between.IndexOf('或'); i >= 0; i = between.IndexOf('或', i + 1))
        {
            var rest = between.AsSpan(i + 1);
            if (!rest.StartsWith("以上") && !rest.StartsWith("者以上")) return i;
        }
        return -1;
    }
}

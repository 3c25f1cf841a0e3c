using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>Pieces every extractor needs: how numbers are written, the size scope of a place, the confidence of a find.</summary>
internal static partial class RequirementText
{
    /// <summary>A count written in digits or Chinese numerals (3, 十五, 两).</summary>
    public const string Number = @"(?:\d{1,3}|[一二两三四五六七八九十百〇零]{1,4})";

    /// <summary>以上 and the ways it is written: 及以上, 或以上, （含）以上, 以上（含）.</summary>
    public const string AndAbove = @"(?:\s*(?:及|或|和|（含）|\(含\))?\s*以上(?:（含）|\(含\))?)";

    public static int? ParseNumber(string text)
    {
        var n = ChineseNumber.Parse(text.Trim());
        return n >= 0 ? n : null;
    }

    /// <summary>The enterprise sizes named last before <paramref name="offset"/> in its sentence (大中型企业首席质量官应当…).</summary>
    public static EnterpriseSize ScopeAt(UnitText unit, int offset)
    {
        var sentence = unit.SentenceAt(offset);
        var scope = EnterpriseSize.Any;
        foreach (System.Text.RegularExpressions.Match m in EnterpriseSizes.Pattern().Matches(unit.Folded[sentence.Start..offset]))
        {
            scope = EnterpriseSizes.Parse(m.Value);
        }
        return scope;
    }

    /// <summary>A find in an article tagged with the topic it belongs to keeps its confidence; elsewhere it is less sure.</summary>
    public static double Confidence(UnitText unit, double confidence, params string[] topics) =>
        topics.Any(unit.HasTopic) || unit.Unit.Topics.Count == 0 && HeadingSays(unit, topics) ? confidence : Math.Round(confidence - 0.25, 2);

    private static bool HeadingSays(UnitText unit, string[] topics) =>
        unit.Unit.Heading is { } heading && topics.Any(t => Topic.ChineseNames.TryGetValue(t, out var name) && name.Split('与').Any(heading.Contains));

    /// <summary>
    /// Whether a find at <paramref name="offset"/> states what a candidate must have: in an article on
    /// qualifications (tagged, or it or its section headed 任职条件/资格), or in a sentence that asks for it (应当具有, 须经过,
    /// 方可担任…). Grounds for dismissal (未完成…的, 解除聘任) are not qualifications, nor is what earns an exemption
    /// (取得硕士学位的，工作经历可放宽至3年; 从事质量工作满10年的，不要求学历): a rule for some candidates only.
    /// </summary>
    public static bool IsQualificationContext(UnitText unit, int offset)
    {
        var sentence = unit.SentenceAt(offset).Text;
        if (Dismissal().IsMatch(sentence) || Exemption().IsMatch(sentence)) return false;
        return unit.HasTopic(Topic.Qualifications)
            || unit.Headings.Any(heading => heading.Contains("条件") || heading.Contains("资格"))
            || Asks().IsMatch(sentence);
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:应当|应|须|必须|需|需要|要求)(?:同时)?(?:具有|具备|取得|经过|参加|接受|持有|符合|完成|达到)|任职条件|任职资格|条件如下|以下条件|下列条件|方可|才能担任|才可担任")]
    private static partial System.Text.RegularExpressions.Regex Asks();

    [System.Text.RegularExpressions.GeneratedRegex("未(?:完成|取得|参加|经过|按时|接受|达到)|解除(?:聘任|聘用|职务)|撤销")]
    private static partial System.Text.RegularExpressions.Regex Dismissal();

    [System.Text.RegularExpressions.GeneratedRegex("的[，,][^。；;]*?(?:放宽|不要求|不作要求|不受[^。；;]{0,12}?限制|可以不|可不|免于|免除|视同|减少|缩短|降低|减免)")]
    private static partial System.Text.RegularExpressions.Regex Exemption();

    public static Requirement Make(UnitText unit, RequirementKind kind, string value, int start, int end, double confidence) =>
        new(kind, value, SourceSpan.Of(unit, start, end), confidence) { Scope = ScopeAt(unit, start) };
}

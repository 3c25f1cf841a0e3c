using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Decides which list of a job description a clause belongs to. An article's subject (its heading or
/// lead-in: 首席质量官工作职责 / 应符合以下任职条件) gives the default, but a clause speaks for itself
/// when it grants a power (一票否决, 否决权, 建议权 …) or states a liability (依法承担相应责任): such a
/// clause inside a list of duties is moved to powers, or to 考核与责任. A clause that opens with a duty
/// verb (负责…, 组织…) stays a duty although it mentions a power word (负责…考核奖惩的实施), unless it grants
/// one outright (有权, 行使…权, 一票否决); likewise a clause under a heading of powers (工作权责) that opens
/// with a duty verb and names no power (组织监督检查…的贯彻落实) is a duty. A heading that names duties and
/// powers together (职责与权限) lists duties, and its clauses that grant powers are moved to powers.
/// </summary>
internal static class ClauseClassifier
{
    /// <summary>The topics a job description lists, in the order it lists them.</summary>
    public static readonly IReadOnlyList<string> Listed = [Topic.Duties, Topic.Powers, Topic.Qualifications, Topic.Evaluation];

    private static readonly Regex PowerCue = new(@"一票否决|否决权|否决|把关权|建议权|决定权|奖惩权|考核奖惩|管理权|处置权|有权|行使[^，。；]{0,12}权", RegexOptions.Compiled);
    private static readonly Regex DutyLead = new(@"^(?:首席质量官)?(?:负责|组织|协助|参与|严格执行|执行|履行|建立|推行|推进|开展|实施|督促|监督|部署|落实|加强|做好)", RegexOptions.Compiled);
    private static readonly Regex GrantCue = new(@"有权|享有|行使|一票否决|否决权|把关权|建议权|决定权|奖惩权|管理权|处置权", RegexOptions.Compiled);
    private static readonly Regex LiabilityCue = new(@"承担[^，。；]{0,6}责任|追究[^，。；]{0,8}责任", RegexOptions.Compiled);

    private static readonly (string Topic, Regex Words)[] SubjectWords =
    [
        (Topic.Qualifications, new Regex(@"任职条件|任职资格|应当?具备|应当?符合以下|具备以下|基本条件|资格条件", RegexOptions.Compiled)),
        (Topic.Duties, new Regex(@"职责|履行以下|主要任务|工作任务", RegexOptions.Compiled)),
        (Topic.Powers, new Regex(@"权限|权责|职权|权利|权力|享有以下", RegexOptions.Compiled)),
        (Topic.Evaluation, new Regex(@"考核|评价", RegexOptions.Compiled)),
    ];

    private static readonly Dictionary<string, Regex> TopicCues = new()
    {
        [Topic.Duties] = new Regex(@"负责|组织|制定|履行|建立|推行|开展|实施|督促|监督|部署|把关|落实", RegexOptions.Compiled),
        [Topic.Powers] = PowerCue,
        [Topic.Qualifications] = new Regex(@"具有|具备|熟悉|掌握|取得|学历|经历|资格|职称|经过.*培训", RegexOptions.Compiled),
        [Topic.Evaluation] = new Regex(@"考核|评价|指标|履职报告|绩效", RegexOptions.Compiled),
    };

    /// <summary>Whether a clause uses the words its topic is written in: how a clause from an article only tagged with the topic is kept.</summary>
    public static bool SpeaksOf(string clause, string topic) => TopicCues.TryGetValue(topic, out var cue) && cue.IsMatch(clause);

    /// <summary>What an article's heading and lead-in say it lists; null when they name none of the listed topics.</summary>
    public static string? SubjectFromWords(string? heading, string intro)
    {
        var words = (heading ?? "") + " " + intro;
        return SubjectWords.FirstOrDefault(s => s.Words.IsMatch(words)).Topic;
    }

    /// <summary>The topic a clause's own words claim over its article's subject, or null.</summary>
    public static string? OwnTopic(string clause) =>
        LiabilityCue.IsMatch(clause) ? Topic.Liability
        : PowerCue.IsMatch(clause) && (!DutyLead.IsMatch(clause) || GrantCue.IsMatch(clause)) ? Topic.Powers
        : null;

    /// <summary>
    /// Splits an item of a list of duties into the clauses that are duties and those that grant powers or
    /// state liabilities, cutting at semicolons: "组织质量攻关；主持质量考核，行使‘一票否决’" gives one duty and one power.
    /// </summary>
    public static IEnumerable<(string Topic, string Text)> Classify(string item, string subject)
    {
        if (subject is Topic.Qualifications or Topic.Evaluation)
        {
            yield return (subject, item);
            yield break;
        }
        var pending = new List<string>();
        foreach (var clause in item.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var own = OwnTopic(clause) ?? (subject == Topic.Powers && DutyLead.IsMatch(clause) && !PowerCue.IsMatch(clause) ? Topic.Duties : null);
            if (own is null || own == subject)
            {
                pending.Add(clause);
                continue;
            }
            if (pending.Count > 0) yield return (subject, string.Join("；", pending));
            pending.Clear();
            yield return (own, clause);
        }
        if (pending.Count > 0) yield return (subject, string.Join("；", pending));
    }
}

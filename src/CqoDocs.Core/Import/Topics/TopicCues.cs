using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Topics;

/// <summary>A word that signals a topic, and how strongly (3: names the topic; 1: usually means it; 0.5: often).</summary>
internal sealed record TopicCue(string Topic, string Word, double Weight);

/// <summary>
/// The cue words of DOMAIN.md's topic table, widened with their usual synonyms, in Simplified script.
/// Heading words are what a unit's heading says when it names its subject (任职条件, 工作职责, 保障措施).
/// </summary>
internal static partial class TopicCues
{
    /// <summary>The "topic" of phrases that only mask the cue words inside them.</summary>
    public const string NoTopic = "";

    public static readonly IReadOnlyList<TopicCue> Body =
    [
        // Phrases that hold a cue word without its meaning: they mask it and count for nothing.
        new(NoTopic, "负责解释", 0), new(NoTopic, "负责人", 0), new(NoTopic, "负责同志", 0), new(NoTopic, "解释权", 0),

        new(Topic.Duties, "职责", 1.5), new(Topic.Duties, "负责", 0.75), new(Topic.Duties, "全面负责", 1.5), new(Topic.Duties, "组织制定", 1),
        new(Topic.Duties, "履行", 0.75), new(Topic.Duties, "组织实施", 0.75), new(Topic.Duties, "主持", 0.75),
        new(Topic.Duties, "部署", 0.5), new(Topic.Duties, "监督检查", 0.75), new(Topic.Duties, "持续改进", 0.5),

        new(Topic.Qualifications, "任职条件", 3), new(Topic.Qualifications, "任职资格", 3), new(Topic.Qualifications, "应当具备", 1.5),
        new(Topic.Qualifications, "应具备", 1.5), new(Topic.Qualifications, "应具有", 0.75), new(Topic.Qualifications, "应当具有", 0.75), new(Topic.Qualifications, "学历", 1.5), new(Topic.Qualifications, "工作经历", 1.5),
        new(Topic.Qualifications, "工作经验", 1), new(Topic.Qualifications, "职业资格", 1.5), new(Topic.Qualifications, "职称", 1),
        new(Topic.Qualifications, "职业道德", 1), new(Topic.Qualifications, "熟悉", 0.75), new(Topic.Qualifications, "敬业精神", 1),
        new(Topic.Qualifications, "专业素养", 0.75), new(Topic.Qualifications, "基本条件", 1.5), new(Topic.Qualifications, "资格", 0.75),
        new(Topic.Qualifications, "素养", 0.5),

        new(Topic.Powers, "一票否决", 3), new(Topic.Powers, "把关权", 3), new(Topic.Powers, "否决权", 3), new(Topic.Powers, "否决", 1.5),
        new(Topic.Powers, "建议权", 3), new(Topic.Powers, "考核奖惩", 1.5), new(Topic.Powers, "奖惩权", 3), new(Topic.Powers, "经费管理权", 3),
        new(Topic.Powers, "管理权", 2), new(Topic.Powers, "审批权", 2), new(Topic.Powers, "决策权", 2), new(Topic.Powers, "权限", 2),
        new(Topic.Powers, "权责", 2), new(Topic.Powers, "授权", 0.75), new(Topic.Powers, "制定权", 2), new(Topic.Powers, "实施权", 2),

        new(Topic.Appointment, "设立岗位", 3), new(Topic.Appointment, "岗位设置", 3), new(Topic.Appointment, "设立首席质量官", 2),
        new(Topic.Appointment, "聘任", 1.25), new(Topic.Appointment, "任命", 1.25), new(Topic.Appointment, "聘书", 2),
        new(Topic.Appointment, "聘期", 2), new(Topic.Appointment, "聘任期限", 2), new(Topic.Appointment, "备案", 1.25),
        new(Topic.Appointment, "聘用", 1.25), new(Topic.Appointment, "选拔", 1), new(Topic.Appointment, "选聘", 1.5), new(Topic.Appointment, "岗位", 0.5),
        new(Topic.Appointment, "设在企业决策层", 2),

        new(Topic.Training, "任职培训", 3), new(Topic.Training, "继续教育", 2.5), new(Topic.Training, "学时", 2),
        new(Topic.Training, "人才库", 1.5), new(Topic.Training, "证书", 1.25), new(Topic.Training, "资格证书", 1.25), new(Topic.Training, "任职资格证书", 2), new(Topic.Training, "培训", 1),
        new(Topic.Training, "教育培训", 1), new(Topic.Training, "师资", 1.5), new(Topic.Training, "研学", 1), new(Topic.Training, "学习", 0.5),
        new(Topic.Training, "辅导", 0.75), new(Topic.Training, "大学堂", 1.5), new(Topic.Training, "培养", 0.75),
        new(Topic.Training, "考试", 1), new(Topic.Training, "持证", 1),

        new(Topic.Evaluation, "评价", 1.25), new(Topic.Evaluation, "考核", 1), new(Topic.Evaluation, "指标", 1.25),
        new(Topic.Evaluation, "履职报告", 3), new(Topic.Evaluation, "测评", 1.5), new(Topic.Evaluation, "绩效评价", 2),
        new(Topic.Evaluation, "考评", 1.5), new(Topic.Evaluation, "评估", 1),

        new(Topic.Conduct, "职业操守", 3), new(Topic.Conduct, "独立性", 2.5), new(Topic.Conduct, "保守秘密", 3),
        new(Topic.Conduct, "商业秘密", 2.5), new(Topic.Conduct, "行为规范", 3), new(Topic.Conduct, "不得泄露", 2),
        new(Topic.Conduct, "廉洁", 2), new(Topic.Conduct, "诚实守信", 1), new(Topic.Conduct, "不受其它利益", 2),
        new(Topic.Conduct, "不受其他利益", 2), new(Topic.Conduct, "审慎", 1),

        new(Topic.Dismissal, "解除聘任", 3), new(Topic.Dismissal, "解聘", 3), new(Topic.Dismissal, "移出人才库", 3),
        new(Topic.Dismissal, "免职", 2), new(Topic.Dismissal, "撤销", 1), new(Topic.Dismissal, "取消资格", 2.5),
        new(Topic.Dismissal, "不再担任", 2),

        new(Topic.Liability, "承担相应责任", 3), new(Topic.Liability, "法律责任", 3), new(Topic.Liability, "依法承担", 2.5),
        new(Topic.Liability, "追究", 2), new(Topic.Liability, "事故", 1), new(Topic.Liability, "责任追究", 3),
        new(Topic.Liability, "问责", 2),

        new(Topic.Incentives, "表彰", 2), new(Topic.Incentives, "奖励", 1.5), new(Topic.Incentives, "优先推荐", 3),
        new(Topic.Incentives, "人才认定", 3), new(Topic.Incentives, "激励", 1.5), new(Topic.Incentives, "称号", 1.5),
        new(Topic.Incentives, "质量奖", 1), new(Topic.Incentives, "荣誉", 1.5), new(Topic.Incentives, "评为", 1), new(Topic.Incentives, "优先", 0.75), new(Topic.Incentives, "津贴", 1),

        new(Topic.Goals, "工作目标", 0.75), new(Topic.Goals, "覆盖率", 2), new(Topic.Goals, "全面推行", 1.5),
        new(Topic.Goals, "力争", 1.5), new(Topic.Goals, "目标", 0.75), new(Topic.Goals, "逐步", 0.5),

        new(Topic.Measures, "加强领导", 2.5), new(Topic.Measures, "组织领导", 2.5), new(Topic.Measures, "宣传", 1.25),
        new(Topic.Measures, "保障措施", 3), new(Topic.Measures, "工作措施", 3), new(Topic.Measures, "推进", 0.5),
        new(Topic.Measures, "推动", 0.5), new(Topic.Measures, "督促", 0.75), new(Topic.Measures, "示范", 0.75),
        new(Topic.Measures, "推广", 0.75), new(Topic.Measures, "指导", 0.5), new(Topic.Measures, "政策环境", 1.5),
        new(Topic.Measures, "经验交流", 1), new(Topic.Measures, "氛围", 1),
    ];

    /// <summary>What a heading says when it names its topic; a heading may name two (工作职责和权限).</summary>
    public static readonly IReadOnlyList<(string Topic, string Word)> Heading =
    [
        (Topic.Duties, "职责"), (Topic.Qualifications, "任职条件"), (Topic.Qualifications, "任职资格"),
        (Topic.Qualifications, "条件"), (Topic.Powers, "权限"), (Topic.Powers, "权责"), (Topic.Powers, "职权"),
        (Topic.Appointment, "岗位设置"), (Topic.Appointment, "设立"), (Topic.Appointment, "设置"), (Topic.Appointment, "聘任"), (Topic.Appointment, "任命"),
        (Topic.Appointment, "选聘"), (Topic.Training, "培训"), (Topic.Training, "继续教育"), (Topic.Training, "人才库"),
        (Topic.Evaluation, "评价"), (Topic.Evaluation, "考核"), (Topic.Conduct, "行为规范"), (Topic.Conduct, "职业操守"),
        (Topic.Dismissal, "解除聘任"), (Topic.Dismissal, "解聘"), (Topic.Liability, "法律责任"), (Topic.Liability, "责任追究"),
        (Topic.Incentives, "激励"), (Topic.Incentives, "表彰"), (Topic.Incentives, "奖励"), (Topic.Goals, "工作目标"),
        (Topic.Goals, "目标"), (Topic.Measures, "工作措施"), (Topic.Measures, "保障措施"), (Topic.Measures, "组织领导"),
        (Topic.Measures, "组织保障"), (Topic.Measures, "加强领导"), (Topic.Measures, "宣传"), (Topic.Measures, "推动"),
        (Topic.Measures, "推进"), (Topic.Measures, "保障"),
    ];

    /// <summary>"到2015年", "到二〇二〇年底": a target year is a goal's mark.</summary>
    [GeneratedRegex(@"到\s*(?:20\d{2}|二〇[一二三四五六七八九〇]{2})\s*年")]
    public static partial Regex TargetYear();
}

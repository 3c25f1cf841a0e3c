using CqoDocs.Core.Import.Topics;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Import;

public class TopicTaggerTests
{
    [Theory]
    [InlineData("首席质量官任职条件", "具有良好的职业道德。", Topic.Qualifications)]
    [InlineData("首席质量官岗位设置", "鼓励企业设立首席质量官岗位。", Topic.Appointment)]
    [InlineData("工作目标", "全面提升质量水平。", Topic.Goals)]
    [InlineData("保障措施", "各地要高度重视。", Topic.Measures)]
    [InlineData("首席質量官行為規範", "應當保守企業的商業秘密。", Topic.Conduct)]
    public void A_heading_that_names_its_subject_decides_first(string heading, string text, string topic) =>
        Assert.Equal(topic, TopicTagger.Tag(heading, text)[0]);

    [Fact]
    public void A_lead_in_ending_with_a_colon_counts_as_a_heading() =>
        Assert.Equal(Topic.Duties, TopicTagger.Tag(null, "首席质量官工作职责：\n（一）向企业决策层提出建议；")[0]);

    [Theory]
    [InlineData("首席质量官对产品质量安全事项享有一票否决权。", Topic.Powers)]
    [InlineData("首席质量官每年应当参加不少于24学时的继续教育。", Topic.Training)]
    [InlineData("有下列情形之一的，企业应当解除聘任，并移出人才库。", Topic.Dismissal)]
    [InlineData("造成重大质量安全事故的，依法承担相应责任。", Topic.Liability)]
    [InlineData("对成绩突出的首席质量官给予表彰，并优先推荐参评质量奖。", Topic.Incentives)]
    [InlineData("到2020年，全市规模以上工业企业首席质量官制度覆盖率达到80%。", Topic.Goals)]
    [InlineData("首席质量官应当每年提交履职报告，市场监管部门对其履职情况进行评价。", Topic.Evaluation)]
    public void Body_cue_words_decide_when_there_is_no_heading(string text, string topic) =>
        Assert.Contains(topic, TopicTagger.Tag(null, text));

    [Fact]
    public void A_unit_may_carry_several_topics() =>
        Assert.Equal([Topic.Qualifications, Topic.Training],
            TopicTagger.Tag(null, "首席质量官应当具备下列条件：具有大学本科以上学历和5年以上质量工作经历，经过任职培训并接受年度继续教育。").Take(2));

    [Fact]
    public void A_defining_cue_in_a_long_list_of_duties_still_tags_its_topic()
    {
        var topics = TopicTagger.Tag(null, string.Join("\n",
            "首席质量官工作职责：",
            "（一）负责组织制定企业质量战略和年度质量工作计划；",
            "（二）负责企业质量管理体系的建立、实施与持续改进；",
            "（三）组织实施质量改进、质量攻关活动，组织监督检查各岗位质量责任制的落实；",
            "（四）主持本企业内质量考核，行使质量安全“一票否决”；",
            "（五）负责企业质量文化建设，组织开展质量教育培训。"));

        Assert.Equal(Topic.Duties, topics[0]);
        Assert.Contains(Topic.Powers, topics);
    }

    [Fact]
    public void A_passing_mention_does_not_tag_a_unit() =>
        Assert.Empty(TopicTagger.Tag(null, "本办法由市市场监管局负责解释。"));

    [Fact]
    public void A_long_unit_is_not_tagged_with_everything_it_mentions()
    {
        var text = string.Concat(Enumerable.Repeat("要大力宣传首席质量官制度，加强组织领导，推动企业建立首席质量官制度。", 4))
            + "对表现突出的给予表彰。";

        var topics = TopicTagger.Tag(null, text);

        Assert.Equal(Topic.Measures, topics[0]);
        Assert.True(topics.Count <= 3);
    }
}

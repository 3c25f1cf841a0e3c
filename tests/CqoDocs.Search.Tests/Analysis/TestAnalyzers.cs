using CqoDocs.Search.Analysis;

namespace CqoDocs.Search.Tests.Analysis;

/// <summary>Analyzers built from the real steps around a word-list splitter, for tests that must not depend on a dictionary.</summary>
internal static class TestAnalyzers
{
    public static readonly string[] Words =
    [
        "首席质量官", "首席", "质量", "任职", "条件", "任职条件", "职责", "企业", "培训", "继续教育", "教育",
        "一票否决", "否决", "评价", "考核", "聘任", "解除", "学历", "工作", "经历", "具备", "应当", "负责", "组织",
        "质量安全", "安全", "管理", "制度", "表彰", "奖励", "清远", "杭州", "年度", "报告",
    ];

    public static Analyzer WordList(params string[] extra) =>
        new AnalyzerBuilder()
            .AddCharFilter(new WidthFoldFilter())
            .AddCharFilter(new LowerCaseFilter())
            .UseSplitter(new WordListSplitter([.. Words, .. extra]))
            .AddTokenFilter(new PunctuationFilter())
            .AddTokenFilter(new StopWordFilter())
            .WithVersion("test-word-list")
            .Build();
}

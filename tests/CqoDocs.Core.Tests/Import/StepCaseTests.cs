using CqoDocs.Core.Import;
using CqoDocs.Core.Import.Cleaning;

namespace CqoDocs.Core.Tests.Import;

/// <summary>Each cleaning step on its own, from the readable cases in Cases/Steps.</summary>
public class StepCaseTests
{
    private static readonly Dictionary<string, Func<IImportStep>> Steps = new()
    {
        [nameof(WhitespaceCollapser)] = () => new WhitespaceCollapser(),
        [nameof(FullWidthAsciiFolder)] = () => new FullWidthAsciiFolder(),
        [nameof(PinyinAnnotationRemover)] = () => new PinyinAnnotationRemover(),
        [nameof(TemplateLeftoverRemover)] = () => new TemplateLeftoverRemover(),
        [nameof(MojibakeRemover)] = () => new MojibakeRemover(),
        [nameof(SpamRunRemover)] = () => new SpamRunRemover(),
        [nameof(SiteFooterRemover)] = () => new SiteFooterRemover(),
        [nameof(SeoSpamRemover)] = () => new SeoSpamRemover(),
        [nameof(TickerFeedRemover)] = () => new TickerFeedRemover(),
        [nameof(PageInfoLineReader)] = () => new PageInfoLineReader(),
        [nameof(BreadcrumbRemover)] = () => new BreadcrumbRemover(),
        [nameof(SloganRemover)] = () => new SloganRemover(),
        [nameof(RecommendedListRemover)] = () => new RecommendedListRemover(),
        [nameof(PageChromeRemover)] = () => new PageChromeRemover(),
        [nameof(RelatedListRemover)] = () => new RelatedListRemover(),
        [nameof(CaptionRemover)] = () => new CaptionRemover(),
        [nameof(SymbolLineRemover)] = () => new SymbolLineRemover(),
        [nameof(TableOfContentsRemover)] = () => new TableOfContentsRemover(),
        [nameof(PunctuationRepairer)] = () => new PunctuationRepairer(),
        [nameof(HalfWidthPunctuationWidener)] = () => new HalfWidthPunctuationWidener(),
        [nameof(InlineMarkerSplitter)] = () => new InlineMarkerSplitter(),
        [nameof(CjkSpaceRemover)] = () => new CjkSpaceRemover(),
        [nameof(HardLineBreakJoiner)] = () => new HardLineBreakJoiner(),
        [nameof(RepeatedBodyRemover)] = () => new RepeatedBodyRemover(),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in Steps.Keys)
        {
            foreach (var c in StepCase.Load(step)) data.Add(step, c.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Step_turns_the_input_lines_into_the_expected_lines(string step, string name)
    {
        var c = StepCase.Load(step).Single(x => x.Name == name);
        var draft = new ImportDraft("case.txt", [], html: false) { Lines = c.Input.ToList() };

        Steps[c.Step]().Run(draft);

        Assert.Equal(c.Expected, draft.Lines);
    }

    [Fact]
    public void Every_step_with_cases_has_a_file_and_every_file_a_step()
    {
        var files = Directory.EnumerateFiles(ImportAssets.Path_("Steps"), "*.txt").Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(Steps.Keys.Order(), files.Order());
    }
}

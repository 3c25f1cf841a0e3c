using CqoDocs.Core.Import.Cleaning;
using CqoDocs.Core.Import.Decoding;
using CqoDocs.Core.Import.Metadata;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Topics;

namespace CqoDocs.Core.Import;

/// <summary>Collects steps in order and freezes them into an <see cref="ImportPipeline"/>.</summary>
internal sealed class ImportPipelineBuilder
{
    private readonly List<IImportStep> _steps = [];

    public ImportPipelineBuilder Add(IImportStep step)
    {
        _steps.Add(step);
        return this;
    }

    public ImportPipeline Build() => new(_steps.ToArray());

    /// <summary>The standard steps; the order matters and each step's comment says what it expects before it.</summary>
    public static ImportPipelineBuilder WithStandardSteps() => new ImportPipelineBuilder()
        // Decode and extract: bytes → text → lines (HTML through AngleSharp, keeping the page's own metadata).
        .Add(new TextDecoder())
        .Add(new HtmlTextExtractor())
        .Add(new LineSplitter())
        // Clean, characters: spaces, widths, pinyin readings, template leftovers, garbled fragments and spam
        // keyword runs wherever they sit in a line.
        .Add(new WhitespaceCollapser())
        .Add(new FullWidthAsciiFolder())
        .Add(new PinyinAnnotationRemover())
        .Add(new TemplateLeftoverRemover())
        .Add(new MojibakeRemover())
        .Add(new SpamRunRemover())
        // A headline is known by the date line under it, before either is taken for prose or junk.
        .Add(new HeadlineReader())
        // Clean, lines: junk recognised by its content first (it would blur where the prose ends), then by
        // its shape and place relative to the prose.
        .Add(new SiteFooterRemover())
        .Add(new SeoSpamRemover())
        .Add(new TickerFeedRemover())
        .Add(new PageInfoLineReader())
        .Add(new BreadcrumbRemover())
        .Add(new SloganRemover())
        .Add(new RecommendedListRemover())
        .Add(new PageChromeRemover())
        .Add(new RelatedListRemover())
        .Add(new CaptionRemover())
        .Add(new SymbolLineRemover())
        .Add(new TableOfContentsRemover())
        // Clean, punctuation and paragraphs.
        .Add(new PunctuationRepairer())
        .Add(new HalfWidthPunctuationWidener())
        .Add(new InlineMarkerSplitter())
        .Add(new CjkSpaceRemover())
        .Add(new HardLineBreakJoiner())
        .Add(new RepeatedBodyRemover())
        .Add(new EmptyTextGuard())
        // Structure: title and head, cover notice, signature, units, headings.
        .Add(new TitleLocator())
        .Add(new CoverNoticeSplitter())
        .Add(new LeadingNotesCollector())
        .Add(new SignatureLocator())
        .Add(new UnitParser())
        .Add(new UnitHeadingSplitter())
        // Metadata: each step may use what the ones before it found.
        .Add(new TitleResolver())
        .Add(new ScriptDetector())
        .Add(new DocumentNumberExtractor())
        .Add(new DateExtractor())
        .Add(new KindClassifier())
        .Add(new AuthorityExtractor())
        .Add(new RegionResolver())
        .Add(new AuthorityExpander())
        .Add(new EffectiveDateExtractor())
        // Topics.
        .Add(new TopicTagger());
}

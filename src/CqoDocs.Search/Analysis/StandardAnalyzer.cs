using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Analysis;

/// <summary>
/// The analyzer of the product: Traditional→Simplified, width and case folding, jieba search mode with the
/// domain lexicon and the synonym table's words, then punctuation and function words dropped. Built on first use (the dictionary load is
/// the expensive part; <see cref="Query.SearchWarmUp"/> starts it early) and shared: a search that finds its index fresh asks only for <see cref="Version"/>.
/// </summary>
public static class StandardAnalyzer
{
    private static readonly Lazy<Analyzer> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Changes whenever this assembly does (its dictionaries are embedded in it), so an index made by an
    /// older segmenter or lexicon is rebuilt. Deterministic builds keep it stable between identical builds.
    /// </summary>
    public static string Version { get; } = "standard/" + typeof(StandardAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static Analyzer Shared => Instance.Value;

    /// <summary>
    /// Where the built segmenter is kept between processes (<see cref="SegmenterCache"/>), or null to build
    /// it in every process. Set before the first use of <see cref="Shared"/>; the CLI sets CQODOCS_HOME/cache.
    /// </summary>
    public static string? CacheFolder { get; set; }

    /// <summary>
    /// Called, on whichever thread loads the analyzer, when the segmenter is built from the bundled lexicons instead
    /// of read from the cache: the first run after installing or upgrading, or without a cache folder.
    /// </summary>
    public static event Action? BuildingSegmenter;

    public static Analyzer Create()
    {
        var folder = CacheFolder;
        var segmenter = folder is null ? BuildSegmenter().Build() : SegmenterCache.LoadOrBuild(folder, Version, BuildSegmenter);
        return new AnalyzerBuilder()
            .AddCharFilter(new ScriptFoldFilter())
            .AddCharFilter(new WidthFoldFilter())
            .AddCharFilter(new LowerCaseFilter())
            .UseSplitter(new SegmenterWordSplitter(segmenter))
            .AddTokenFilter(new PunctuationFilter())
            .AddTokenFilter(new StopWordFilter())
            .WithVersion(Version)
            .Build();
    }

    private static SegmenterBuilder BuildSegmenter()
    {
        BuildingSegmenter?.Invoke();
        var segmenter = new SegmenterBuilder().AddDomainLexicon();
        // Synonyms are whole words to the index too (see SynonymTable.ChineseWords).
        foreach (var word in SynonymTable.Bundled.ChineseWords) segmenter.AddUserWord(word);
        return segmenter;
    }
}

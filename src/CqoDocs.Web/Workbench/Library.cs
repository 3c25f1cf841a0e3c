using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using CqoDocs.Search.Query;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// The documents and the index the pages answer from, resolved as the command line resolves them: the
/// corpus folder alone when one is given, else the bundled corpus plus the user's library.
/// </summary>
internal sealed class Library : IDisposable
{
    private readonly string? _folder;
    private readonly string _libraryFolder;
    private readonly ICorpusSource _source;
    private readonly IndexStore _store;
    private readonly HeldIndex _index;
    private readonly Lock _gate = new();
    private CorpusSet? _loaded;
    private (string Hash, Facets Facets)? _facets;
    private (CorpusSet Set, DateOnly Day, IReadOnlyDictionary<string, DocumentValidity> ById)? _validity;

    public Library(WorkbenchOptions options)
    {
        _folder = options.CorpusDirectory is null ? null : Path.GetFullPath(options.CorpusDirectory);
        _libraryFolder = UserLibrary.FolderIn(options.HomeDirectory);
        var state = CorpusSources.DefaultStateFile(options.HomeDirectory, _folder);
        _source = _folder is null ? CorpusSources.WithLibrary(_libraryFolder, state) : CorpusSources.Folder(_folder, state);
        _store = new IndexStore(CorpusSources.DefaultIndexPath(options.HomeDirectory, _folder), _source,
            StandardAnalyzer.Version, () => StandardAnalyzer.Shared, pathIsOurs: true);
        _index = new HeldIndex(_store);
    }

    /// <summary>Where documents saved from the workbench go: the corpus folder when one was given, else the user's library.</summary>
    public string SaveFolder => _folder ?? _libraryFolder;

    /// <summary>
    /// Every document, and the files that could not be read (each with its reason). Read again only when
    /// the files changed: every page asks for them, and the fingerprint check costs far less than parsing.
    /// </summary>
    public CorpusSet Documents()
    {
        lock (_gate)
        {
            if (_loaded is not null && _loaded.ContentHash == _source.CurrentHash()) return _loaded;
            return _loaded = _folder is null ? CorpusLoader.LoadWithLibrary(_libraryFolder) : CorpusLoader.LoadDirectory(_folder);
        }
    }

    /// <summary>
    /// The values the search form's filters offer, from the index's documents table: the first page of a
    /// large library need not parse every corpus file. When no index can be had, from the files themselves.
    /// </summary>
    /// <param name="corpusHash">The corpus hash the page already has, so the corpus is checked once a request.</param>
    public Facets Facets(string? corpusHash = null)
    {
        var hash = corpusHash ?? CurrentHash();
        lock (_gate)
        {
            if (_facets is { } known && known.Hash == hash) return known.Facets;
        }
        Facets facets;
        try
        {
            facets = _index.Use(hash, index => Workbench.Facets.Of(index.Documents.Values.Select(d => d.Document).ToList()));
        }
        catch (CqoDocsException)
        {
            facets = Workbench.Facets.Of(Documents().Documents);
        }
        lock (_gate) _facets = (hash, facets);
        return facets;
    }

    /// <summary>Each document's legal status today (现行有效, 已被替代…), worked out once per corpus and day.</summary>
    public DocumentValidity? Validity(CorpusSet set, Document document)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        lock (_gate)
        {
            if (_validity is not { } known || !ReferenceEquals(known.Set, set) || known.Day != today)
            {
                _validity = known = (set, today, ValidityResolver.Resolve(set.Documents, today));
            }
            return known.ById.GetValueOrDefault(document.Id);
        }
    }

    /// <summary>
    /// Gets an up-to-date index with its documents and filter values, the dictionaries and then the corpus files
    /// ready ahead of the requests that need them, in that order: the search page needs only the first two. A
    /// failure here is left for the page that needs it to report.
    /// </summary>
    public void Warm()
    {
        try
        {
            _ = Facets();
            _ = StandardAnalyzer.Shared;
            // For the library, document and compare pages; on a large library this is what takes seconds.
            _ = Documents();
        }
        catch (CqoDocsException)
        {
        }
    }

    /// <summary>The content hash of the corpus as it is now, from the files' fingerprint when they are unchanged.</summary>
    public string CurrentHash() => _source.CurrentHash();

    /// <summary>Ranked hits from an up-to-date index (built or rebuilt first when needed).</summary>
    /// <param name="corpusHash">The corpus hash the page already has, so the corpus is checked once a request.</param>
    public SearchResult Search(SearchRequest request, string? corpusHash = null) =>
        QueryParser.Parse(request.Text, StandardAnalyzer.Shared) is { IsEmpty: true } parsed
            ? new SearchResult(request.Text, parsed, 0, [])
            : _index.Use(corpusHash ?? CurrentHash(), index => new UnitSearcher(index, StandardAnalyzer.Shared).Search(request));

    /// <summary>How many of the query's matching units fall under each topic, province, year and kind.</summary>
    public SearchFacets Counts(SearchRequest request, string? corpusHash = null) =>
        QueryParser.Parse(request.Text, StandardAnalyzer.Shared).IsEmpty
            ? SearchFacets.None
            : _index.Use(corpusHash ?? CurrentHash(), index => new FacetCounter(index, StandardAnalyzer.Shared).Count(request));

    public void Dispose() => _index.Dispose();
}

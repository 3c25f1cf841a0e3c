namespace CqoDocs.Search.Analysis;

/// <summary>Assembles an <see cref="Analyzer"/> from its steps, in the order they are added.</summary>
public sealed class AnalyzerBuilder
{
    private readonly List<ICharFilter> _charFilters = [];
    private readonly List<ITokenFilter> _tokenFilters = [];
    private IWordSplitter? _splitter;
    private string? _version;

    /// <summary>Sets <see cref="Analyzer.Version"/>; by default it names the steps.</summary>
    public AnalyzerBuilder WithVersion(string version)
    {
        _version = version;
        return this;
    }

    public AnalyzerBuilder AddCharFilter(ICharFilter filter)
    {
        _charFilters.Add(filter);
        return this;
    }

    public AnalyzerBuilder UseSplitter(IWordSplitter splitter)
    {
        _splitter = splitter;
        return this;
    }

    public AnalyzerBuilder AddTokenFilter(ITokenFilter filter)
    {
        _tokenFilters.Add(filter);
        return this;
    }

    public Analyzer Build()
    {
        var splitter = _splitter ?? throw new InvalidOperationException("An analyzer needs a word splitter.");
        var version = _version ?? string.Join("|", _charFilters.Select(f => f.GetType().Name)
            .Append(splitter.GetType().Name).Concat(_tokenFilters.Select(f => f.GetType().Name)));
        return new Analyzer(_charFilters, splitter, _tokenFilters, version);
    }
}

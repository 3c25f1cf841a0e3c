using System.Globalization;
using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Query;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>
/// The search page. Everything is in the query string (q, topic, region, kind, year, inforce, p for the page), so a search
/// can be bookmarked and shared. A filter value that names nothing answers 400 with the reason.
/// </summary>
internal sealed class IndexModel(Library library) : PageModel
{
    public const int PageSize = 10;
    /// <summary>Deeper than this a drafter narrows the search instead; it also bounds what the index is asked for.</summary>
    public const int MaxPage = 1000;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    /// <summary>"1" (the checkbox's value): only documents in force today.</summary>
    [BindProperty(SupportsGet = true, Name = "inforce")] public string? InForceText { get; set; }

    public bool InForce => InForceText is "1" or "on" or "true";
    [BindProperty(SupportsGet = true, Name = "p")] public string? PageText { get; set; }

    public Facets Facets { get; private set; } = null!;
    public SearchResult? Result { get; private set; }
    /// <summary>The matching units per filter value, shown beside each value once there is a query.</summary>
    public SearchFacets? Counts { get; private set; }
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        // From the index, not the corpus files: the search page of a large library opens without parsing them.
        var corpus = library.CurrentHash();
        Facets = library.Facets(corpus);
        if (string.IsNullOrWhiteSpace(Query)) return Page();
        try
        {
            PageNumber = Positive(PageText, "页码") ?? 1;
            if (PageNumber > MaxPage) throw new CqoDocsException($"页码不能超过 {MaxPage}，请加上筛选条件缩小范围", field: "页码");
            var year = Positive(Year, "年份");
            var request = new SearchRequest(Query)
            {
                Topics = string.IsNullOrWhiteSpace(Topic) ? [] : [FilterNames.Topic(Topic, "主题")],
                Region = string.IsNullOrWhiteSpace(Region) ? null : Region,
                Kind = string.IsNullOrWhiteSpace(Kind) ? null : FilterNames.Kind(Kind, "类型"),
                Since = year,
                Until = year,
                InForce = InForce,
                // The index returns the best N; a page is the last PageSize of them.
                Limit = PageNumber * PageSize,
            };
            Result = library.Search(request, corpus);
            Counts = library.Counts(request, corpus);
        }
        catch (CqoDocsException e)
        {
            return Refused(e.Message);
        }
        if (Result.NothingToSearch)
        {
            return Refused($"查询“{Query}”中没有可查找的词语（标点、运算符和“的、和”等虚词不参与查找）");
        }
        Hits = Result.Hits.Skip((PageNumber - 1) * PageSize).ToList();
        var total = Result.Total ?? Result.Hits.Count;
        PageCount = (total + PageSize - 1) / PageSize;
        return Page();
    }

    /// <summary>"（12）" beside a filter value: the query's matching units under it; nothing without a query.</summary>
    public string CountOf(string facet, string value)
    {
        if (Counts is null) return "";
        var n = facet switch
        {
            "topic" => Counts.Topics.GetValueOrDefault(value),
            "region" => Counts.Provinces.TryGetValue(value, out var c) ? c : (int?)null,
            "kind" => Counts.Kinds.FirstOrDefault(k => k.Key.Key() == value).Value,
            "year" => Counts.Years.GetValueOrDefault(int.Parse(value, CultureInfo.InvariantCulture)),
            _ => (int?)null,
        };
        return n is null ? "" : $"（{n}）";
    }

    /// <summary>The page numbers the pager links to: a few either side of this one.</summary>
    public IEnumerable<int> NearbyPages =>
        Enumerable.Range(Math.Max(1, PageNumber - 4), Math.Max(0, Math.Min(PageCount, PageNumber + 4) - Math.Max(1, PageNumber - 4) + 1));

    public string? PageUrl(int page) =>
        Url.Page("/Index", new { q = Query, topic = Topic, region = Region, kind = Kind, year = Year, inforce = InForce ? "1" : null, p = page == 1 ? null : (int?)page });

    private IActionResult Refused(string message)
    {
        Error = message;
        Result = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static int? Positive(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new CqoDocsException($"{field}应为正整数，而不是“{text}”", field: field);
    }
}

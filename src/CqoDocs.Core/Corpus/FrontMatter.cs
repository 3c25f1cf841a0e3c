using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>The YAML front matter of a corpus file, field for field; dates as YYYY-MM-DD strings.</summary>
internal sealed class FrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Authority { get; set; }
    public string? DocNumber { get; set; }
    public string? Date { get; set; }
    public string? Published { get; set; }
    public string? Effective { get; set; }
    public RegionFields? Region { get; set; }
    public string? Kind { get; set; }
    public string? Script { get; set; }
    public string? Source { get; set; }

    internal sealed class RegionFields
    {
        public string? Province { get; set; }
        public string? City { get; set; }
        public string? District { get; set; }
    }

    public static FrontMatter From(Document d) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Authority = d.Authority,
        DocNumber = d.DocNumber,
        Date = Format(d.Date),
        Published = Format(d.Published),
        Effective = Format(d.Effective),
        Region = new RegionFields { Province = d.Region.Province, City = d.Region.City, District = d.Region.District },
        Kind = d.Kind.Key(),
        Script = d.Script.Key(),
        Source = d.Source,
    };

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Text.Json.Serialization;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;

namespace CqoDocs.Cli.Output;

/// <summary>The JSON shape of a document, shared by import --json and show --json.</summary>
internal sealed record DocumentJson(
    string? Source, string Id, string Title, string? Authority, string? DocNumber,
    string? Date, string? Published, string? Effective, RegionJson Region, string Kind, string Script,
    IReadOnlyList<UnitJson> Units)
{
    /// <summary>show --json only: the document's status and its relations to other documents.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValidityReport? Validity { get; init; }

    public static DocumentJson From(Document d) => new(
        d.Source, d.Id, d.Title, d.Authority, d.DocNumber,
        FrontMatter.Format(d.Date), FrontMatter.Format(d.Published), FrontMatter.Format(d.Effective),
        new RegionJson(d.Region.Province, d.Region.City, d.Region.District),
        d.Kind.Key(), d.Script.Key(),
        d.Units.Select(UnitJson.From).ToList());
}

internal sealed record RegionJson(string? Province, string? City, string? District);

internal sealed record UnitJson(string Label, string? Heading, string Text, IReadOnlyList<string> Topics)
{
    public static UnitJson From(Unit u) => new(u.Label, u.Heading, u.Text, u.Topics);
}

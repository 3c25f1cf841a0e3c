using CqoDocs.Core.Model;

namespace CqoDocs.Search.Compare;

/// <summary>One document's units on the compared topic: a column of the 对照表.</summary>
public sealed record ComparisonColumn(Document Document, IReadOnlyList<Unit> Units)
{
    /// <summary>Region, then title and number: the column heading a drafter reads.</summary>
    public string RegionName => Document.Region.IsKnown ? Document.Region.ToString() : "地区不详";
}

/// <summary>What every region said on one topic, document by document, ready to lay out side by side.</summary>
/// <param name="Silent">Documents in the chosen regions that say nothing on the topic (worth knowing too).</param>
public sealed record Comparison(string Topic, IReadOnlyList<ComparisonColumn> Columns, IReadOnlyList<Document> Silent)
{
    public string TopicName => Core.Model.Topic.ChineseNames.GetValueOrDefault(Topic, Topic);
}

using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>A document's metadata as the index holds it (no units): enough to filter, cite and display.</summary>
public sealed record IndexedDocument(long RowId, Document Document)
{
    /// <summary>The document's validity facts as stored (read lazily: most searches never ask).</summary>
    internal string? ValidityJson { get; init; }
}

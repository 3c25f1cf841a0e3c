using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>A document and what its text says of its validity: what <see cref="ValidityResolver"/> judges from.</summary>
public sealed record DocumentFacts(Document Document, ValidityFacts Facts);

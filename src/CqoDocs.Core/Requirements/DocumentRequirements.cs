using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements;

/// <summary>What one document requires, in reading order, and whether it is still in force.</summary>
public sealed record DocumentRequirements(Document Document, IReadOnlyList<Requirement> Requirements, DocumentValidity Validity)
{
    public IEnumerable<Requirement> Of(RequirementKind kind) => Requirements.Where(r => r.Kind == kind);

    public Unit UnitOf(Requirement requirement) => Document.FindUnit(requirement.Source.UnitLabel)!;

    public string Cite(Requirement requirement) => Citation.Of(Document, UnitOf(requirement));
}

namespace CqoDocs.Core.Requirements.Extractors;

/// <summary>Reads one kind of requirement from a unit; every value it returns carries its source span.</summary>
internal interface IRequirementExtractor
{
    IEnumerable<Requirement> Extract(UnitText unit);
}

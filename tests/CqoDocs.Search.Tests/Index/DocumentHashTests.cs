using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public sealed class DocumentHashTests
{
    private static readonly Document Sample = new()
    {
        Id = "made-up-2020-measures",
        Title = "某市首席质量官管理办法",
        Authority = "某市市场监督管理局",
        Date = new DateOnly(2020, 3, 9),
        Effective = new DateOnly(2020, 5, 1),
        Region = new Region("某省", "某市", null),
        Kind = DocumentKind.Measures,
        Validity = new DeclaredValidity { Status = DocumentStatus.Repealed, Until = new DateOnly(2023, 1, 1) },
        Units =
        [
            new Unit("第一条", "总则", "为推动企业建立首席质量官制度，制定本办法。", [Topic.Duties, Topic.Evaluation]),
            new Unit("第二条", null, "", []),
            // Longer than the hash's buffer: handed to the hash on its own.
            new Unit("第三条", null, string.Concat(Enumerable.Repeat("首席质量官应当参加培训并通过考核。", 2000)), [Topic.Qualifications], Depth: 2),
        ],
    };

    [Fact]
    public void The_hash_is_xxh128_of_every_field_length_prefixed_so_indexes_built_before_stay_valid()
    {
        Assert.Equal(Reference(Sample), DocumentHash.Of(Sample));
        var many = Sample with { Units = [.. Enumerable.Range(0, 400).Select(i => new Unit($"第{i}条", null, $"第{i}条的内容，足够长的一句话。", [Topic.Duties]))] };
        Assert.Equal(Reference(many), DocumentHash.Of(many));
    }

    [Fact]
    public void Any_change_the_index_could_hold_changes_the_hash()
    {
        var variants = new[]
        {
            Sample with { Title = Sample.Title + "（修订）" },
            Sample with { Authority = null },
            Sample with { Authority = "" },
            Sample with { Date = new DateOnly(2020, 3, 10) },
            Sample with { Region = new Region("某省", null, null) },
            Sample with { Kind = DocumentKind.Notice },
            Sample with { Validity = null },
            Sample with { Units = [.. Sample.Units.Take(2)] },
            Sample with { Units = [Sample.Units[0] with { Topics = [Topic.Duties] }, .. Sample.Units.Skip(1)] },
            Sample with { Units = [Sample.Units[0] with { Depth = 2 }, .. Sample.Units.Skip(1)] },
            Sample with { Units = [Sample.Units[0], Sample.Units[1] with { Text = "一" }, Sample.Units[2]] },
        };

        var hashes = variants.Select(DocumentHash.Of).Prepend(DocumentHash.Of(Sample)).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    /// <summary>The digest as first defined: each value's length (-1 for null), then its UTF-16 bytes, appended one by one.</summary>
    private static string Reference(Document d)
    {
        var hash = new XxHash128();
        void Add(string? value)
        {
            hash.Append(BitConverter.GetBytes(value?.Length ?? -1));
            hash.Append(MemoryMarshal.AsBytes((value ?? "").AsSpan()));
        }
        string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var value in new[]
        {
            d.Id, d.Title, d.Authority, d.DocNumber, Day(d.Date), Day(d.Published), Day(d.Effective),
            d.Region.Province, d.Region.City, d.Region.District, d.Kind.Key(), d.Script.Key(), d.Source,
            d.Validity?.Status?.ToString(), Day(d.Validity?.Until), d.Validity?.ReplacedBy, d.Validity?.Note,
            d.Units.Count.ToString(CultureInfo.InvariantCulture),
        })
        {
            Add(value);
        }
        foreach (var unit in d.Units)
        {
            Add(unit.Label);
            Add(unit.Heading);
            Add(unit.Text);
            Add(unit.Depth.ToString(CultureInfo.InvariantCulture));
            Add(string.Join('\n', unit.Topics));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

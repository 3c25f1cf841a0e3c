using System.Text.Json;
using System.Text.Json.Serialization;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Tests.Requirements;

public class ValidityFactsJsonTests
{
    private static readonly SourceSpan Clause = new("第二十条", 3, 12, "本办法有效期为“三年”");

    private static readonly ValidityFacts Full = new()
    {
        From = new DateOnly(2016, 3, 1),
        EffectiveStated = true,
        Until = new DateOnly(2019, 2, 28),
        Trial = true,
        PeriodSource = Clause,
        NotARule = false,
        RepealsOnly = true,
        Repeals = [new NamedDocument("某市企业首席质量官管理办法", "某质〔2012〕5号", Clause), new NamedDocument("无文号的办法", null, Clause)],
        Basis = [new NamedDocument("中华人民共和国产品质量法", null, new SourceSpan("第一条", 0, 4, "根据\\n"))],
        Declared = new DeclaredValidity { Status = DocumentStatus.Repealed, Until = new DateOnly(2020, 1, 1), ReplacedBy = "某市-2020-measures", Note = "据“某决定”废止" },
    };

    /// <summary>What the serializer wrote before this reader existed: indexes already on disk hold it.</summary>
    private static readonly JsonSerializerOptions Serializer = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public void Every_field_survives_writing_and_reading()
    {
        var read = ValidityFactsJson.Read(ValidityFactsJson.Write(Full));

        Assert.NotNull(read);
        Assert.Equal(ValidityFactsJson.Write(Full), ValidityFactsJson.Write(read));
        Assert.Equal(Full.From, read.From);
        Assert.Equal(Full.Declared, read.Declared);
        Assert.Equal(Full.PeriodSource, read.PeriodSource);
        Assert.Equal(Full.Repeals, read.Repeals);
        Assert.Equal(Full.Basis, read.Basis);
    }

    [Fact]
    public void Empty_facts_survive_writing_and_reading()
    {
        var read = ValidityFactsJson.Read(ValidityFactsJson.Write(new ValidityFacts()));

        Assert.NotNull(read);
        Assert.Null(read.From);
        Assert.Null(read.Declared);
        Assert.Empty(read.Repeals);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void It_reads_what_the_serializer_wrote(bool full)
    {
        var facts = full ? Full : new ValidityFacts { From = new DateOnly(2013, 9, 18) };
        var serialized = JsonSerializer.Serialize(facts, Serializer);

        Assert.Equal(ValidityFactsJson.Write(facts), ValidityFactsJson.Write(ValidityFactsJson.Read(serialized)!));
    }

    [Fact]
    public void It_writes_what_the_serializer_wrote_but_the_declared_block_s_derived_IsEmpty()
    {
        var facts = Full with { Declared = null };

        Assert.Equal(JsonSerializer.Serialize(facts, Serializer), ValidityFactsJson.Write(facts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"From\":\"2016-13-01\"}")]
    [InlineData("{\"Trial\":\"yes\"}")]
    [InlineData("{\"Declared\":{\"Status\":\"Abolished\"}}")]
    [InlineData("{\"Repeals\":[{\"Title\":\"甲\"}]}")]
    [InlineData("{\"From\":\"2016-03-01\"")]
    [InlineData("{} {}")]
    public void Text_that_is_not_facts_reads_as_null(string text) => Assert.Null(ValidityFactsJson.Read(text));

    [Fact]
    public void Fields_it_does_not_know_are_passed_over() =>
        Assert.Equal(new DateOnly(2016, 3, 1), ValidityFactsJson.Read("{\"Later\":{\"A\":[1,2]},\"From\":\"2016-03-01\"}")?.From);
}

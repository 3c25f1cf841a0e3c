using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public sealed class IndexedValidityWarmUpTests
{
    [Fact]
    public void The_warm_up_reads_facts_the_reader_accepts_down_to_a_repealed_document()
    {
        var facts = ValidityFactsJson.Read(IndexedValidity.SampleFacts);

        Assert.NotNull(facts);
        Assert.Equal(new DateOnly(2020, 1, 1), facts.From);
        Assert.Equal("第一条", Assert.Single(facts.Repeals).Source.UnitLabel);
    }
}

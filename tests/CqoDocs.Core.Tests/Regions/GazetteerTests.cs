using CqoDocs.Core.Model;
using CqoDocs.Core.Regions;

namespace CqoDocs.Core.Tests.Regions;

public class GazetteerTests
{
    private static Region Named(string name) =>
        Gazetteer.Default.RegionOf(Gazetteer.Default.Divisions.First(d => d.Name == name));

    [Fact]
    public void The_bundled_gazetteer_holds_every_province_city_and_county()
    {
        var divisions = Gazetteer.Default.Divisions;

        Assert.Equal(31, divisions.Count(d => d.Level == DivisionLevel.Province));
        Assert.True(divisions.Count(d => d.Level == DivisionLevel.City) > 330);
        Assert.True(divisions.Count(d => d.Level == DivisionLevel.District) > 2900);
    }

    [Fact]
    public void A_district_knows_its_city_and_province() =>
        Assert.Equal(new Region("浙江省", "杭州市", "余杭区"), Named("余杭区"));

    [Fact]
    public void A_city_knows_its_province() => Assert.Equal(new Region("广东省", "清远市", null), Named("清远市"));

    [Fact]
    public void A_district_of_a_municipality_has_no_city() => Assert.Equal(new Region("上海市", null, "浦东新区"), Named("浦东新区"));

    [Fact]
    public void Short_forms_drop_the_administrative_suffix_and_ethnic_names()
    {
        string Short(string name) => RegionFinder.ShortFormOf(Gazetteer.Default.Divisions.First(d => d.Name == name))!;

        Assert.Equal("清远", Short("清远市"));
        Assert.Equal("广西", Short("广西壮族自治区"));
        Assert.Equal("内蒙古", Short("内蒙古自治区"));
        Assert.Equal("延边", Short("延边朝鲜族自治州"));
        Assert.Equal("恩施", Short("恩施土家族苗族自治州"));
        Assert.Equal("余杭", Short("余杭区"));
    }
}

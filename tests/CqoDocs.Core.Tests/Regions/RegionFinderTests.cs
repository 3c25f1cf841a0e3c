using CqoDocs.Core.Regions;

namespace CqoDocs.Core.Tests.Regions;

public class RegionFinderTests
{
    private static List<string> Names(string text) =>
        RegionFinder.Default.Find(text).Select(m => string.Join("|", m.Candidates.Select(c => c.Name))).ToList();

    [Fact]
    public void Full_names_are_found_leftmost_longest()
    {
        Assert.Equal(["浙江省", "杭州市", "余杭区"], Names("浙江省杭州市余杭区将推进企业首席质量官制度"));
        Assert.Equal(["吉林省"], Names("吉林省实施质量强省战略联席会议办公室"));
    }

    [Fact]
    public void A_short_form_of_a_province_or_city_is_found()
    {
        Assert.Equal(["南通市"], Names("市政府办公室转发南通质监局关于推行首席质量官制度实施意见的通知"));
        Assert.Equal(["上海市"], Names("启动仪式在上海举行"));
    }

    [Fact]
    public void A_short_form_shared_by_a_province_and_a_city_keeps_both_candidates() =>
        Assert.Equal(["吉林省|吉林市"], Names("吉林质监局"));

    [Fact]
    public void A_county_short_form_counts_only_before_an_office_of_that_county()
    {
        Assert.Equal(["余杭区"], Names("余杭市场监管局"));
        Assert.Empty(Names("新城建设"));
    }

    [Fact]
    public void Two_character_county_names_and_everyday_words_are_not_places() =>
        Assert.Empty(Names("城区郊区矿区，大同小异，长治久安"));
}

using System.Globalization;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Model;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-5-01")]
    [InlineData("2024-05-1")]
    [InlineData("24-05-01")]
    [InlineData("2024/05/01")]
    [InlineData(" 2024-05-01")]
    [InlineData("2024-05-01 ")]
    [InlineData("２０２４-05-01")]
    [InlineData("+024-05-01")]
    [InlineData("2024-05-0a")]
    [InlineData("20240-5-01")]
    [InlineData("")]
    public void Reads_exactly_what_the_invariant_exact_parse_reads(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);

        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        Assert.Equal(expected ? day : default, date);
    }

    [Fact]
    public void Every_day_of_four_centuries_reads_back_from_its_written_form()
    {
        for (var day = new DateOnly(1900, 1, 1); day < new DateOnly(2300, 1, 1); day = day.AddDays(1))
        {
            Assert.True(IsoDate.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var read));
            Assert.Equal(day, read);
        }
    }

    [Fact]
    public void Parse_names_what_it_could_not_read()
    {
        var error = Assert.Throws<FormatException>(() => IsoDate.Parse("2024-02-30"));
        Assert.Contains("2024-02-30", error.Message);
    }
}

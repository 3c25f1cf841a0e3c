using System.Net;
using System.Text.RegularExpressions;
using CqoDocs.Core.Model;

namespace CqoDocs.Web.Tests;

/// <summary>The compare page marks what differs between the chosen documents, and lays it out as the requirements matrix.</summary>
public sealed class CompareDifferencesTests(CompareDifferencesTests.ThreeCities cities) : IClassFixture<CompareDifferencesTests.ThreeCities>
{
    /// <summary>Three made-up cities: two ask for 本科 and a three-year term, the third for 大专 and two years; all ask five years' experience.</summary>
    public sealed class ThreeCities : IDisposable
    {
        public Workbench Workbench { get; } = new([City("东湖", "浙江省", "大学本科", "三年"), City("西山", "浙江省", "大学本科", "三年"), City("南岭", "福建省", "大专", "两年")]);

        public void Dispose() => Workbench.Dispose();
    }

    private Workbench workbench => cities.Workbench;

    private static Document City(string name, string province, string degree, string term) => new()
    {
        Id = $"{name}-2020-measures",
        Title = $"{name}市企业首席质量官管理办法",
        Date = new DateOnly(2020, 1, 1),
        Region = new Region(province, name + "市", null),
        Kind = DocumentKind.Measures,
        Units =
        [
            new Unit("第三条", null, $"首席质量官应当具有{degree}以上学历，从事质量管理工作五年以上。", [Topic.Qualifications]),
            new Unit("第四条", null, $"首席质量官由企业法定代表人任命，聘期{term}。", [Topic.Appointment]),
        ],
    };

    /// <summary>The marked values of the side-by-side table, as "class:text|…".</summary>
    private static string Marks(string html) => string.Join("|", Regex.Matches(html[html.IndexOf("<table class=\"compare\">", StringComparison.Ordinal)..], "<mark class=\"([^\"]+)\"[^>]*>([^<]+)</mark>").Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}"));

    [Fact]
    public async Task A_degree_that_differs_is_marked_in_each_text_and_the_odd_one_out_stands_out()
    {
        var (status, html) = await workbench.Get("/compare?topic=qualifications");

        Assert.Equal(HttpStatusCode.OK, status);
        var marks = Marks(html);
        Assert.Contains("differs departs:大专以上", marks);
        Assert.Equal(2, Regex.Matches(marks, "(^|\\|)differs:大学本科以上").Count);
        // Five years everywhere: nothing to point out.
        Assert.DoesNotContain("五年以上</mark>", html);
    }

    [Fact]
    public async Task A_term_that_differs_is_marked_in_the_appointment_articles()
    {
        var (_, html) = await workbench.Get("/compare?topic=appointment");

        var marks = Marks(html);
        Assert.Matches("differs departs:[^|]*两年", marks);
        Assert.DoesNotContain("法定代表人</mark>", html);
    }

    [Fact]
    public async Task Of_two_documents_that_differ_neither_is_called_the_odd_one_out()
    {
        var (_, html) = await workbench.Get("/compare?topic=qualifications&doc=" + Uri.EscapeDataString("东湖-2020-measures") + "&doc=" + Uri.EscapeDataString("南岭-2020-measures"));

        var marks = Marks(html);
        Assert.Contains("differs:大专以上", marks);
        Assert.Contains("differs:大学本科以上", marks);
        Assert.DoesNotContain("departs", marks);
        Assert.DoesNotContain("<td class=\"departs\">", html);
    }

    [Fact]
    public async Task The_requirements_matrix_marks_differing_rows_and_the_cells_that_depart_from_most()
    {
        var (_, html) = await workbench.Get("/compare?topic=qualifications");

        var matrix = html[html.IndexOf("<table class=\"matrix\">", StringComparison.Ordinal)..];
        matrix = matrix[..matrix.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("3 件文件，2 项有差异", html);
        Assert.Matches("<tr class=\"differs\">\\s*<th scope=\"row\">≠ 学历</th>", matrix);
        Assert.Matches("<tr>\\s*<th scope=\"row\">质量工作年限</th>", matrix);
        Assert.Matches("<td class=\"departs\">\\s*<div>大专以上（<a href=\"/doc/", matrix);
        Assert.Equal(2, Regex.Matches(matrix, "<td class=\"departs\">").Count);
    }

    [Fact]
    public async Task Documents_chosen_one_by_one_are_compared_with_those_of_the_chosen_regions()
    {
        var (status, html) = await workbench.Get("/compare?topic=qualifications&region=" + Uri.EscapeDataString("福建省") + "&doc=" + Uri.EscapeDataString("东湖-2020-measures"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("东湖市企业首席质量官管理办法", html[html.IndexOf("<table class=\"compare\">", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("西山市企业首席质量官管理办法》</a>", html);
        Assert.Contains("2 件文件", html);
        Assert.Contains("name=\"doc\" value=\"东湖-2020-measures\" checked=\"checked\"", html);
        var download = Regex.Match(html, "href=\"(/compare\\?[^\"]*handler=Docx)\"").Groups[1].Value;
        Assert.Contains("doc=", download);
        Assert.Contains("region=", download);
    }

    [Fact]
    public async Task The_word_download_holds_only_the_chosen_documents()
    {
        using var response = await workbench.Client.GetAsync("/compare?handler=Markdown&topic=qualifications&doc=" + Uri.EscapeDataString("西山-2020-measures"));
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("西山市", markdown);
        Assert.DoesNotContain("东湖市", markdown);
    }

    [Fact]
    public async Task An_unknown_document_answers_400_naming_it()
    {
        var (status, html) = await workbench.Get("/compare?topic=qualifications&doc=" + Uri.EscapeDataString("火星-2020-plan"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("没有编号为“火星-2020-plan”的文件", html);
    }

    [Fact]
    public async Task Markup_around_a_marked_value_stays_text()
    {
        var hostile = new Workbench([City("东湖", "浙江省", "<b>大学本科</b>", "三年"), City("南岭", "福建省", "大专", "两年")]);
        using var _ = hostile;

        var (_, html) = await hostile.Get("/compare?topic=qualifications");

        Assert.Contains("&lt;b&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }
}

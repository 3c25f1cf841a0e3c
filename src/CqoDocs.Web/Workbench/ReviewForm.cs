using System.Globalization;
using System.Security.Cryptography;
using CqoDocs.Core.Import.Review;
using CqoDocs.Core.Model;
using CqoDocs.Core.Templates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace CqoDocs.Web.Workbench;

/// <summary>One document of the review form as the user left it, and what in it cannot be read (a date that is no date…).</summary>
internal sealed record ReviewEntry(ReviewedDocument Reviewed, IReadOnlyList<ReviewProblem> Problems);

/// <summary>
/// The import review form, both ways: the names its inputs carry (docs[0].title, docs[0].units[2].text) and
/// reading a posted form back into documents. Which upload a document came from travels in a protected
/// token, so a form cannot claim another file's place in the library.
/// </summary>
internal sealed class ReviewForm(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CqoDocs.Web.ImportReview");

    public string Token(ReviewedDocument reviewed) => _protector.Protect(reviewed.InputKey + "\n" + reviewed.Source);

    public static string Name(int document, string field) => $"docs[{document}].{field}";

    public static string Name(int document, int unit, string field) => $"docs[{document}].units[{unit}].{field}";

    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Topics(Unit unit) => string.Join("、", unit.Topics.Select(t => Topic.ChineseNames.GetValueOrDefault(t, t)));

    /// <summary>Every document the form holds, in order; null when a token was not ours (a stale or forged form).</summary>
    public IReadOnlyList<ReviewEntry>? Read(IFormCollection form)
    {
        var entries = new List<ReviewEntry>();
        for (var d = 0; form.ContainsKey(Name(d, "token")); d++)
        {
            string key, source;
            try
            {
                var parts = _protector.Unprotect(form[Name(d, "token")].ToString()).Split('\n', 2);
                (key, source) = (parts[0], parts[1]);
            }
            catch (CryptographicException)
            {
                return null;
            }
            var problems = new List<ReviewProblem>();
            string? Text(string field) => form[Name(d, field)].ToString().Trim() is { Length: > 0 } t ? t : null;
            DateOnly? Date(string field)
            {
                if (Text(field) is not { } text) return null;
                if (ChineseDate.TryParse(text, out var date)) return date;
                problems.Add(new(field, $"“{text}”不是日期（可写 2024-03-01 或 2024年3月1日）"));
                return null;
            }
            var document = new Document
            {
                Id = "",
                Title = Text("title") ?? "",
                Authority = Text("authority"),
                DocNumber = Text("docNumber"),
                Date = Date("date"),
                Published = Date("published"),
                Effective = Date("effective"),
                Region = new Region(Text("province"), Text("city"), Text("district")),
                Kind = ModelKeys.TryParseKind(Text("kind"), out var kind) ? kind : DocumentKind.Notice,
                Script = ModelKeys.TryParseScript(Text("script"), out var script) ? script : Script.Simplified,
                Source = source,
                Units = Units(form, d, problems),
            };
            var warnings = form[Name(d, "warning")].Select(w => w ?? "").Where(w => w.Length > 0).ToList();
            entries.Add(new ReviewEntry(new ReviewedDocument(document, source, key, warnings), problems));
        }
        return entries;
    }

    private static List<Unit> Units(IFormCollection form, int d, List<ReviewProblem> problems)
    {
        var units = new List<Unit>();
        for (var u = 0; form.ContainsKey(Name(d, u, "label")); u++)
        {
            string Field(string name) => form[Name(d, u, name)].ToString();
            var text = Field("text").ReplaceLineEndings("\n");
            var topics = new List<string>();
            foreach (var name in Field("topics").Split([' ', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Topic.Resolve(name) is { } topic) topics.Add(topic);
                else problems.Add(new($"units[{u}].topics", $"没有主题“{name}”（可用：{string.Join("、", Topic.ChineseNames.Values)}）"));
            }
            var heading = Field("heading").Trim();
            units.Add(new Unit(Field("label").Trim(), heading.Length == 0 ? null : heading,
                string.Join("\n", UnitEdits.Paragraphs(text)), topics.Distinct().ToList(), Field("depth") == "2" ? 2 : 1));
        }
        return units;
    }
}

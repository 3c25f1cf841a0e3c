using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Check;

namespace CqoDocs.Core.Tests.Requirements;

/// <summary>Made-up notices for the requirement tests, one article per paragraph given.</summary>
internal static class RequirementTestDocuments
{
    public static Document Make(string id, string title, Region region, DateOnly? date, params (string Topics, string Text)[] articles) => new()
    {
        Id = id,
        Title = title,
        Region = region,
        Date = date,
        Kind = DocumentKind.Measures,
        Units = articles.Select((a, i) => new Unit($"第{"一二三四五六七八九十"[i]}条", null, a.Text,
            a.Topics.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).ToList(),
    };

    /// <summary>A region whose rules have alternatives, a size rule and a training requirement.</summary>
    public static Document Alpha => Make("甲市-2020-measures", "甲市企业首席质量官管理办法", new Region("某省", "甲市", null), new DateOnly(2020, 5, 1),
        ("qualifications", "首席质量官应当具备下列条件：\n（一）具有大学本科以上学历，3年以上质量管理工作经历；或者具有大专学历，5年以上质量管理工作经历；\n（二）取得中级以上职称；\n（三）经过首席质量官任职培训并考核合格。"),
        ("qualifications", "小微企业首席质量官可以不受前条第（二）项的限制。大型企业首席质量官应当具有高级职称。"),
        ("appointment", "首席质量官由企业法定代表人任命，聘期三年，任命后十五个工作日内报区市场监管局备案。"));

    /// <summary>A region that asks only for years and a quality engineer certificate.</summary>
    public static Document Beta => Make("乙市-2022-measures", "乙市首席质量官制度实施办法", new Region("某省", "乙市", null), new DateOnly(2022, 1, 1),
        ("qualifications", "首席质量官应当从事质量工作五年以上，并取得质量工程师资格。"));

    public static string NoticeFolder => Path.Combine(AppContext.BaseDirectory, "Requirements", "Cases", "Notices");

    /// <summary>A made-up notice of Cases/Notices by its file name without .md.</summary>
    public static Document Notice(string name) =>
        CorpusMarkdown.Read(File.ReadAllText(Path.Combine(NoticeFolder, name + ".md")), name + ".md");

    /// <summary>The one profile a YAML text holds, read from a file as the CLI reads it.</summary>
    public static CandidateProfile Profile(string yaml) => WithProfileFile(yaml, path => ProfileReader.Load(path).Single());

    public static T WithProfileFile<T>(string yaml, Func<string, T> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cqodocs-profile-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

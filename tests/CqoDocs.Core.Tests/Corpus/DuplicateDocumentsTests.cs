using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Corpus;

public sealed class DuplicateDocumentsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqodocs-dupes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Body = "首席质量官由企业法定代表人聘任，聘任期限为三年，可以连任。首席质量官负责组织建立质量管理体系。";

    private void Save(string id, string title, DateOnly? date, params string[] paragraphs)
    {
        var document = new Document
        {
            Id = id,
            Title = title,
            Date = date,
            Kind = DocumentKind.News,
            Units = paragraphs.Select((p, i) => new Unit($"第{i + 1}段", null, p, [])).ToList(),
        };
        File.WriteAllText(Path.Combine(_folder, id + ".md"), CorpusMarkdown.Write(document));
    }

    [Fact]
    public void The_same_story_from_two_sites_is_kept_once()
    {
        Save("甲站-2024-news", "某市推行“首席质量官”制度", new DateOnly(2024, 5, 6), Body, "来源：甲站");
        Save("乙站-2024-news", "某市推行首席質量官制度", new DateOnly(2024, 5, 6), Body);

        var set = CorpusLoader.LoadDirectory(_folder);

        var kept = Assert.Single(set.Documents);
        Assert.Equal("甲站-2024-news", kept.Id);
        Assert.Equal("乙站-2024-news", Assert.Single(set.Duplicates).Dropped.Id);
        Assert.Same(kept, set.Find("乙站-2024-news"));
    }

    [Fact]
    public void The_same_title_on_another_date_is_another_document()
    {
        Save("a-2020-news", "某市推行首席质量官制度", new DateOnly(2020, 5, 6), Body);
        Save("a-2024-news", "某市推行首席质量官制度", new DateOnly(2024, 5, 6), Body);

        Assert.Equal(2, CorpusLoader.LoadDirectory(_folder).Documents.Count);
    }

    [Fact]
    public void The_same_title_with_different_text_is_another_document()
    {
        Save("a-2024-news", "工作动态", new DateOnly(2024, 5, 6), Body);
        Save("b-2024-news", "工作动态", new DateOnly(2024, 5, 6), "全市举办质量月活动启动仪式，二十家企业签署质量承诺书，现场发布优质产品名单。");

        Assert.Equal(2, CorpusLoader.LoadDirectory(_folder).Documents.Count);
    }
}

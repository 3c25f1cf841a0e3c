using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Tests.Templates;

public class TemplateCaseTests
{
    public static TheoryData<string> Cases() => new(TemplateCase.All().Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_and_data_give_the_expected_text(string name)
    {
        var c = TemplateCase.All().Single(x => x.ToString() == name);
        var data = DataFile.Entries(DataFile.ParseYaml(c.Data.Length == 0 ? "{}" : c.Data, "数据"), "数据").Single();

        if (c.Error is not null)
        {
            var error = Assert.Throws<CqoDocsException>(() => DocxTemplate.Load(TestDocx.Build(c.Template), "模板.docx").Render(data));
            foreach (var word in c.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Assert.Contains(word, error.OneLine());
            }
            return;
        }
        var output = DocxTemplate.Load(TestDocx.Build(c.Template), "模板.docx").Render(data);
        Assert.Equal(c.Expected!.Split('\n'), TestDocx.Lines(output));
    }
}

using CqoDocs.Core.Templates;
using CqoDocs.Core.Templates.Forms;

namespace CqoDocs.Core.Tests.Templates.Forms;

public class TemplateFormTests
{
    public static TheoryData<string> Names() => new(BundledTemplates.Names);

    private static IReadOnlyDictionary<string, object?> Example(string name) =>
        DataFile.Entries(DataFile.ParseYaml(BundledTemplates.ExampleYaml(name)!, name + ".yaml"), name).Single();

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_bundled_templates_example_reads_back_unchanged_through_its_form(string name)
    {
        var outline = BundledTemplates.Get(name).Outline;
        var example = Example(name);

        var posted = Posted(TemplateForm.Build(outline, example));
        var read = FormData.Filled(FormData.Read(outline, posted));

        var asked = outline.Entries.Select(e => e.Name.Split('.')[0]).ToHashSet();
        var expected = example.Where(kv => asked.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(Canonical(expected), Canonical(read));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_document_filled_from_the_form_reads_as_the_one_filled_from_the_example(string name)
    {
        var template = BundledTemplates.Get(name);
        var example = Example(name);

        var read = FormData.Filled(FormData.Read(template.Outline, Posted(TemplateForm.Build(template.Outline, example))));

        Assert.Equal(Text(template.Render(example)), Text(template.Render(read)));
    }

    private static string Text(byte[] docx) =>
        string.Join("\n", Core.Word.DocxPreview.Read(docx).Select(b => b.Rows is null ? b.Text : string.Join("|", b.Rows.SelectMany(r => r).Select(c => c.Text))));

    [Fact]
    public void A_list_becomes_numbered_rows_named_as_the_data_checker_names_them()
    {
        var outline = BundledTemplates.Get("job-description").Outline;

        var fields = TemplateForm.Build(outline, Example("job-description"));

        var duties = fields.Single(f => f.Name == "职责");
        Assert.Equal(FormFieldKind.List, duties.Kind);
        Assert.Equal(["职责[1]", "职责[2]", "职责[3]", "职责[4]"], duties.Rows!.Select(r => r.Name));
        Assert.Equal(["职责[2].内容", "职责[2].依据"], duties.Rows![1].Fields.Select(f => f.Name));
        Assert.True(duties.Rows![1].Fields[1].Optional);
        Assert.Equal(["__list__[__row__].内容", "__list__[__row__].依据"], duties.Blank!.Fields.Select(f => f.Name));
        Assert.True(fields.Single(f => f.Name == "生效日期").IsDate);
    }

    [Fact]
    public void A_list_of_plain_texts_has_one_input_a_row_and_a_single_text_is_one_row()
    {
        var outline = BundledTemplates.Get("notice").Outline;
        var data = new Dictionary<string, object?> { ["发文机关"] = "某某公司", ["附件"] = new List<object?> { "一", "二" } };

        var fields = TemplateForm.Build(outline, data);

        var issuers = fields.Single(f => f.Name == "发文机关");
        Assert.Equal(FormFieldKind.TextList, issuers.Kind);
        Assert.Equal("某某公司", Assert.Single(issuers.Rows!).Value);
        Assert.Equal(["一", "二"], fields.Single(f => f.Name == "附件").Rows!.Select(r => r.Value));
    }

    [Fact]
    public void Blank_inputs_are_missing_values_and_blank_rows_are_dropped_before_filling()
    {
        var outline = BundledTemplates.Get("job-description").Outline;
        var form = new Dictionary<string, string>
        {
            ["岗位名称"] = "  ",
            ["聘期"] = "两年\r\n",
            ["职责[1].内容"] = "甲",
            ["职责[1].依据"] = "",
            ["职责[2].内容"] = "",
            ["职责[2].依据"] = "",
        };

        var read = FormData.Read(outline, form);
        var filled = FormData.Filled(read);

        Assert.Equal(2, ((List<object?>)read["职责"]!).Count);
        Assert.False(filled.ContainsKey("岗位名称"));
        Assert.Equal("两年", filled["聘期"]);
        var duty = Assert.Single((IReadOnlyList<object?>)filled["职责"]!);
        Assert.Equal(new Dictionary<string, object?> { ["内容"] = "甲" }, duty);
        Assert.Contains(DataChecker.Check(outline, filled), p => p.Field == "岗位名称");
    }

    [Fact]
    public void Names_the_template_does_not_ask_for_are_ignored()
    {
        var outline = BundledTemplates.Get("appointment").Outline;

        var read = FormData.Read(outline, new Dictionary<string, string> { ["聘期"] = "三年", ["别的"] = "x", ["受聘人.姓名"] = "李青", ["权限[x].内容"] = "y" });

        Assert.Equal(["受聘人", "聘期"], read.Keys.Order());
        Assert.Equal("李青", FormData.Lookup(read, "受聘人.姓名"));
    }

    [Fact]
    public void Adding_a_row_appends_a_blank_item_with_the_lists_fields_also_inside_another_list()
    {
        var outline = BundledTemplates.Get("notice").Outline;
        var form = new Dictionary<string, string> { ["章节[1].标题"] = "一", ["章节[3].标题"] = "三" };

        var added = FormData.AddRow(outline, form, "章节");
        var nested = FormData.AddRow(outline, added, "章节[3].小节");
        var texts = FormData.AddRow(outline, nested, "章节[3].小节[1].段落");

        Assert.Equal("", added["章节[4].标题"]);
        Assert.True(added.ContainsKey("章节[4].段落") is false);
        Assert.Equal("", nested["章节[3].小节[1].标题"]);
        Assert.Equal("", texts["章节[3].小节[1].段落[1]"]);
        var read = FormData.Read(outline, texts);
        Assert.Equal(3, ((List<object?>)read["章节"]!).Count);
    }

    [Fact]
    public void Removing_a_row_removes_only_that_row_and_what_is_inside_it()
    {
        var form = new Dictionary<string, string> { ["职责[1].内容"] = "甲", ["职责[1].依据"] = "乙", ["职责[10].内容"] = "丙", ["职责[2].内容"] = "丁" };

        var removed = FormData.RemoveRow(form, "职责[1]");

        Assert.Equal(["职责[10].内容", "职责[2].内容"], removed.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_path_finds_the_outline_entry_of_a_list_inside_a_list()
    {
        var outline = BundledTemplates.Get("notice").Outline;

        Assert.Equal("小节", FormData.Find(outline, "章节[2].小节")!.Name);
        Assert.Equal("段落", FormData.Find(outline, "章节[2].小节[1].段落")!.Name);
        Assert.Null(FormData.Find(outline, "章节[2].没有"));
    }

    /// <summary>What a browser posts for the form: every input's name and value, rows as they are.</summary>
    private static Dictionary<string, string> Posted(IEnumerable<FormField> fields)
    {
        var posted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            switch (field.Kind)
            {
                case FormFieldKind.Text:
                    posted[field.Name] = field.Value ?? "";
                    break;
                case FormFieldKind.Check when field.Value == "true":
                    posted[field.Name] = "true";
                    break;
                case FormFieldKind.TextList:
                    foreach (var row in field.Rows!) posted[row.Name] = row.Value ?? "";
                    break;
                case FormFieldKind.List:
                    foreach (var row in field.Rows!)
                    {
                        foreach (var (k, v) in Posted(row.Fields)) posted[k] = v;
                    }
                    break;
            }
        }
        return posted;
    }

    /// <summary>Data as comparable text: maps with sorted keys, a list of one text as the text (the templates read both alike).</summary>
    private static string Canonical(object? value) => value switch
    {
        IReadOnlyList<object?> { Count: 1 } one when one[0] is string single => Canonical(single),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + Canonical(kv.Value))) + "}",
        string s => "\"" + s + "\"",
        null => "null",
        bool b => b ? "true" : "false",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        _ => value.ToString()!,
    };
}

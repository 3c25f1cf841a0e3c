namespace CqoDocs.Core.Templates.Forms;

/// <summary>
/// The form for a template's data, built from what the template asks for (<see cref="TemplateOutline"/>)
/// and filled with a data entry: a line or text area per value, a check box per condition, a row per list
/// item. <see cref="FormData"/> reads the posted form back into data of the same shape.
/// </summary>
internal static class TemplateForm
{
    /// <summary>Stand-ins in a blank row's names for its list's name and its row number.</summary>
    public const string ListMark = "__list__";
    public const string RowMark = "__row__";

    /// <summary>Longer texts than this get a text area.</summary>
    private const int LongText = 40;

    public static IReadOnlyList<FormField> Build(TemplateOutline outline, IReadOnlyDictionary<string, object?> data) =>
        Fields(outline, data, "");

    private static List<FormField> Fields(TemplateOutline outline, IReadOnlyDictionary<string, object?>? data, string prefix)
    {
        var fields = new List<FormField>();
        foreach (var entry in outline.Entries)
        {
            var name = prefix + entry.Name;
            var value = data is null ? null : FormData.Lookup(data, entry.Name);
            var label = entry.Name.Replace(".", " · ", StringComparison.Ordinal);
            var isDate = DataChecker.IsDateField(entry.Name);
            switch (entry.Kind)
            {
                case OutlineKind.Condition when value is not string:
                    fields.Add(new FormField(name, label, FormFieldKind.Check, Optional: true, isDate, DataScope.IsTruthy(value) ? "true" : null));
                    break;
                case OutlineKind.List:
                    var items = DataScope.AsList(value) ?? (value is null or bool ? [] : [value]);
                    var plain = entry.Items.Entries.Count == 0;
                    var rows = items.Select((item, i) => plain
                        ? new FormRow($"{name}[{i + 1}]", i + 1, [], Text(item), IsLong(Text(item)))
                        : new FormRow($"{name}[{i + 1}]", i + 1, Fields(entry.Items, item as IReadOnlyDictionary<string, object?>, $"{name}[{i + 1}].")))
                        .ToList();
                    var blankName = $"{ListMark}[{RowMark}]";
                    var blank = new FormRow(blankName, 0, plain ? [] : Fields(entry.Items, null, blankName + "."));
                    fields.Add(new FormField(name, label, plain ? FormFieldKind.TextList : FormFieldKind.List, entry.Optional, isDate, Rows: rows, Blank: blank));
                    break;
                default:
                    var text = Text(value);
                    fields.Add(new FormField(name, label, FormFieldKind.Text, entry.Optional, isDate, text, IsLong(text)));
                    break;
            }
        }
        return fields;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "是" : "否",
        _ => null,
    };

    private static bool IsLong(string? text) => text is not null && (text.Length > LongText || text.Contains('\n'));
}

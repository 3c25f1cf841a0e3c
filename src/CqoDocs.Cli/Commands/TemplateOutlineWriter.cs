using CqoDocs.Core.Templates;

namespace CqoDocs.Cli.Commands;

/// <summary>Prints a template's name, title and the fields it needs as an indented tree.</summary>
internal static class TemplateOutlineWriter
{
    public static void Write(TextWriter o, DocxTemplate template)
    {
        var title = template.Title is null ? "" : $"  {template.Title}";
        o.WriteLine($"{Path.GetFileNameWithoutExtension(template.Name)}{title}");
        if (template.Description is not null) o.WriteLine($"  {template.Description}");
        o.WriteLine("  字段：");
        WriteEntries(o, template.Outline, "    ");
    }

    private static void WriteEntries(TextWriter o, TemplateOutline outline, string indent)
    {
        foreach (var e in outline.Entries)
        {
            var notes = new List<string>();
            if (e.Kind == OutlineKind.List) notes.Add(e.Items.Entries.Count == 0 ? "一段文字，或由几段文字组成的列表" : "列表");
            if (e.Kind == OutlineKind.Condition) notes.Add("条件：有值时显示相应内容");
            var formats = e.Formats.Where(f => f.Length > 0).ToList();
            if (formats.Count > 0) notes.Add("格式：" + string.Join("、", formats));
            if (e.Optional && e.Kind != OutlineKind.Condition) notes.Add("可省略");
            var described = notes.Count == 0 ? e.Name : $"{e.Name}（{string.Join("，", notes)}）";
            o.WriteLine(e.Kind == OutlineKind.List && e.Items.Entries.Count > 0 ? $"{indent}{described}，每项有：" : $"{indent}{described}");
            if (e.Kind == OutlineKind.List) WriteEntries(o, e.Items, indent + "  ");
        }
    }
}

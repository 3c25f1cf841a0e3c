using CqoDocs.Core.Templates;

namespace CqoDocs.Cli.Output;

/// <summary>A template and the data it asks for, as <c>cqodocs templates --json</c> prints it.</summary>
internal sealed record TemplateJson(string Name, string? Title, string? Description, IReadOnlyList<FieldJson> Fields)
{
    public static TemplateJson From(DocxTemplate template) =>
        new(Path.GetFileNameWithoutExtension(template.Name), template.Title, template.Description, FieldJson.From(template.Outline));
}

/// <summary>One field: kind is value, list or condition; a list's items have fields of their own.</summary>
internal sealed record FieldJson(string Name, string Kind, bool Optional, IReadOnlyList<string> Formats, IReadOnlyList<FieldJson>? Items)
{
    public static IReadOnlyList<FieldJson> From(TemplateOutline outline) =>
        outline.Entries.Select(e => new FieldJson(
            e.Name,
            e.Kind.ToString().ToLowerInvariant(),
            e.Optional,
            e.Formats.Where(f => f.Length > 0).Order(StringComparer.Ordinal).ToList(),
            e.Kind == OutlineKind.List ? From(e.Items) : null)).ToList();
}

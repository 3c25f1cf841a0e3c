namespace CqoDocs.Core.Templates;

/// <summary>The template's faults and the data's, each naming the place in the template it concerns.</summary>
internal static class TemplateErrors
{
    public static CqoDocsException At(string templateName, TemplateLocation location, string message, string? field = null) =>
        new($"{message}（模板{location}）", file: templateName, field: field);
}

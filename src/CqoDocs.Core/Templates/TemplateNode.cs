namespace CqoDocs.Core.Templates;

/// <summary>A compiled part: fixed XML interleaved with the places data goes.</summary>
internal abstract record TemplateNode;

/// <summary>XML copied to the output as it stands.</summary>
internal sealed record XmlNode(string Xml) : TemplateNode;

/// <summary>A value written as the text of a run (&lt;w:t&gt;…&lt;/w:t&gt;), the run's formatting kept around it.</summary>
internal sealed record FieldNode(TemplateTag Tag, TemplateLocation Location, string WordPrefix) : TemplateNode;

/// <summary>Content repeated for each item, or shown or left out by a condition; <paramref name="Otherwise"/> is the {{else}} part.</summary>
internal sealed record BlockNode(TemplateTag Tag, TemplateLocation Location, IReadOnlyList<TemplateNode> Children, IReadOnlyList<TemplateNode> Otherwise) : TemplateNode;

namespace CqoDocs.Core.Templates;

/// <summary>What a template asks of its data, read from its tags: values, lists (with what each item needs) and conditions.</summary>
internal sealed class TemplateOutline
{
    private readonly List<OutlineEntry> _entries = [];

    public IReadOnlyList<OutlineEntry> Entries => _entries;

    public static TemplateOutline Of(IEnumerable<TemplateNode> nodes)
    {
        var outline = new TemplateOutline();
        outline.Add(nodes, optional: false);
        return outline;
    }

    private void Add(IEnumerable<TemplateNode> nodes, bool optional)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case FieldNode f when f.Tag.Path != "." && !f.Tag.Path.StartsWith('@'):
                    var field = Entry(f.Tag.Path, OutlineKind.Value, optional);
                    field.Formats.Add(f.Tag.Format ?? "");
                    field.Location ??= f.Location;
                    break;
                case BlockNode { Tag.Kind: TagKind.Section } b when !b.Tag.Path.StartsWith('@'):
                    // A list with an {{else}} says what to show without it: the list may be left out.
                    var entry = Entry(b.Tag.Path, OutlineKind.List, optional || b.Otherwise.Count > 0);
                    entry.Location ??= b.Location;
                    entry.Items.Add(b.Children, optional: false);
                    Add(b.Otherwise, optional: true);
                    break;
                case BlockNode b:
                    // 发文机关.2 asks about an item of a list the outline names elsewhere, not for a field of its own.
                    if (!b.Tag.Path.StartsWith('@') && b.Tag.Path != "." && !b.Tag.Path.Split('.').Any(s => s.All(char.IsAsciiDigit)))
                    {
                        Entry(b.Tag.Path, OutlineKind.Condition, optional: true);
                    }
                    var conditional = optional || b.Tag.Kind is TagKind.If or TagKind.Inverted || b.Tag.Path.StartsWith('@');
                    Add(b.Children, conditional);
                    Add(b.Otherwise, conditional);
                    // A value both branches use is needed whichever shows ({{#if 签发人}}{{发文字号}}…{{else}}{{发文字号}}{{/if}}).
                    if (b.Otherwise.Count > 0)
                    {
                        var both = Of(b.Children).Entries.Select(e => e.Name).Intersect(Of(b.Otherwise).Entries.Select(e => e.Name));
                        foreach (var name in both) _entries.First(e => e.Name == name).Optional &= optional;
                    }
                    break;
            }
        }
    }

    private OutlineEntry Entry(string name, OutlineKind kind, bool optional)
    {
        var entry = _entries.FirstOrDefault(e => e.Name == name);
        if (entry is null)
        {
            entry = new OutlineEntry(name, kind, optional);
            _entries.Add(entry);
            return entry;
        }
        // A name used both as a condition and as a value or list is described by its stronger use.
        if (kind > entry.Kind) entry.Kind = kind;
        entry.Optional &= optional;
        return entry;
    }

    /// <summary>Every item field's path ("章节[].标题"), in the order they appear: for tests and tooling.</summary>
    public IEnumerable<string> Paths(string prefix = "")
    {
        foreach (var e in _entries)
        {
            var path = prefix + e.Name;
            if (e.Kind == OutlineKind.List)
            {
                yield return path + "[]";
                foreach (var inner in e.Items.Paths(path + "[].")) yield return inner;
            }
            else
            {
                yield return path;
            }
        }
    }
}

internal enum OutlineKind
{
    Condition,
    Value,
    List,
}

internal sealed class OutlineEntry(string name, OutlineKind kind, bool optional)
{
    public string Name { get; } = name;
    public OutlineKind Kind { get; set; } = kind;
    /// <summary>True when the template only tests it ({{#if}}, {{^}}) or uses it inside such a test.</summary>
    public bool Optional { get; set; } = optional;
    public HashSet<string> Formats { get; } = [];
    /// <summary>Where the template first uses it: what an error about it points to.</summary>
    public TemplateLocation? Location { get; set; }
    /// <summary>For a list: what each item needs.</summary>
    public TemplateOutline Items { get; } = new();
}

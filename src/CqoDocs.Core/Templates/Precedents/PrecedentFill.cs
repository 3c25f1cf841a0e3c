using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// generate --from as one step: picks the precedent a name means (<see cref="PrecedentSelector"/>), fills
/// every data entry from its clauses (<see cref="PrecedentFiller"/>) and keeps the notes about fields this
/// template uses, so the command line and the workbench say the same about what was taken.
/// </summary>
internal static class PrecedentFill
{
    /// <param name="Notes">What was done, line by line (the first entry's; every entry is filled the same way).</param>
    /// <param name="Changed">False when the template has no field a precedent fills.</param>
    public sealed record Result(Document Precedent, IReadOnlyList<IReadOnlyDictionary<string, object?>> Entries, IReadOnlyList<string> Notes, bool Changed);

    /// <param name="replaceHint">How the user asks for <paramref name="replace"/>, for the notes.</param>
    public static Result Apply(TemplateOutline outline, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries,
        IReadOnlyList<Document> documents, string idOrRegion, bool replace, string replaceHint = "加 --replace")
    {
        var precedent = PrecedentExtractor.Extract(PrecedentSelector.Select(documents, idOrRegion));
        var used = outline.Entries.Select(e => e.Name).ToHashSet();
        var filled = entries.Select(e => PrecedentFiller.Fill(e, precedent, replace, replaceHint)).ToList();
        var notes = filled.Count == 0 ? [] : filled[0].Notes.Where(n => used.Contains(n.Key)).Select(n => n.Note).ToList();
        var changed = notes.Count > 0;
        if (!changed) notes.Add("这个模板没有可由先例填写的字段（职责、权限、任职条件、考核、聘期、依据文件），先例未改变任何内容");
        return new Result(precedent.Document, filled.Select(r => r.Data).ToList(), notes, changed);
    }
}

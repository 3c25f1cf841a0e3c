using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>One entry for a job description's list, with the article it comes from.</summary>
internal sealed record PrecedentClause(string Topic, string Text, Document Document, Unit Unit)
{
    public string Citation => Model.Citation.Of(Document, Unit);
}

/// <summary>The clauses of a precedent document by topic, in the document's order.</summary>
internal sealed record PrecedentClauses(Document Document, IReadOnlyList<PrecedentClause> Clauses, string? Term)
{
    public bool Any => Clauses.Any(c => c.Topic is Topic.Duties or Topic.Powers or Topic.Qualifications);

    public IEnumerable<PrecedentClause> Of(string topic) => Clauses.Where(c => c.Topic == topic);
}

/// <summary>
/// Reads the CQO's duties, powers, qualifications and evaluation clauses out of a document, item by item.
/// Articles whose heading or lead-in names their subject (首席质量官工作职责：) are trusted first; only
/// when a document has none for a topic are articles merely tagged with it used, and from them only
/// clauses written in the topic's words, leaving out what an authority does (市质监局负责…). A
/// document in traditional script is read in simplified script, as the generated documents are written.
/// </summary>
internal static class PrecedentExtractor
{
    private static readonly string[] AuthorityWords = ["质监局", "质监部门", "质量技术监督", "市场监督管理", "市场监管", "人民政府", "主管部门", "联席会议"];

    public static PrecedentClauses Extract(Document document)
    {
        document = Simplified(document);
        var subjects = Subjects(document);
        var units = document.Units.Where(u => u.Text.Length > 0).Select(u => (Unit: u, Split: ClauseSplitter.Items(u.Text))).ToList();
        var named = units
            .Select(u => (u.Unit, u.Split, Subject: subjects[u.Unit]))
            .Where(u => u.Subject is not null && u.Split.Items.Count > 0)
            .ToList();

        var clauses = new List<PrecedentClause>();
        foreach (var topic in ClauseClassifier.Listed)
        {
            var sources = named.Where(u => u.Subject == topic).Select(u => (u.Unit, u.Split.Items, Strict: false)).ToList();
            if (sources.Count == 0)
            {
                sources = units.Where(u => u.Unit.Topics.FirstOrDefault() == topic && named.All(n => n.Unit != u.Unit))
                    .Select(u => (u.Unit, u.Split.Items, Strict: true)).ToList();
            }
            foreach (var (unit, items, strict) in sources)
            {
                foreach (var item in items)
                {
                    if (strict && AuthorityWords.Any(w => item.StartsWith(w, StringComparison.Ordinal) || item.Contains(w + "负责", StringComparison.Ordinal))) continue;
                    foreach (var (clauseTopic, text) in ClauseClassifier.Classify(item, topic))
                    {
                        if (strict && clauseTopic == topic && !ClauseClassifier.SpeaksOf(text, topic)) continue;
                        clauses.Add(new PrecedentClause(clauseTopic, ChinesePunctuation.Normalise(text), document, unit));
                    }
                }
            }
        }
        var ordered = clauses
            .DistinctBy(c => (c.Topic, c.Text))
            .OrderBy(c => IndexOf(document, c.Unit))
            .ToList();
        return new PrecedentClauses(document, ordered, TermExtractor.Find(document));
    }

    private static Document Simplified(Document document)
    {
        if (document.Script != Script.Traditional) return document;
        var table = Import.Text.ScriptTable.Default;
        return document with
        {
            Title = table.ToSimplified(document.Title),
            DocNumber = document.DocNumber is null ? null : table.ToSimplified(document.DocNumber),
            Units = document.Units.Select(u => u with
            {
                Heading = u.Heading is null ? null : table.ToSimplified(u.Heading),
                Text = table.ToSimplified(u.Text),
            }).ToList(),
        };
    }

    /// <summary>
    /// The subject each unit's own heading or lead-in names; an item unit (四（一）) without one takes its
    /// parent's (四、首席质量官的职责), and an article its chapter's (第三章 首席质量官职责). An item of another
    /// section that only follows on the page (五（一） after 四) takes nothing.
    /// </summary>
    private static Dictionary<Unit, string?> Subjects(Document document)
    {
        var subjects = new Dictionary<Unit, string?>(ReferenceEqualityComparer.Instance);
        var parents = new Stack<Unit>();
        foreach (var unit in document.Units)
        {
            while (parents.Count > 0 && parents.Peek().Depth >= unit.Depth) parents.Pop();
            var own = ClauseClassifier.SubjectFromWords(unit.Heading, ClauseSplitter.Items(unit.Text).Intro);
            if (own is null && parents.TryPeek(out var parent) && (unit.Label.StartsWith(parent.Label, StringComparison.Ordinal) || IsChapter(parent.Label)))
            {
                own = subjects[parent];
            }
            subjects[unit] = own;
            parents.Push(unit);
        }
        return subjects;
    }

    private static bool IsChapter(string label) => Chapter.IsMatch(label);

    private static readonly System.Text.RegularExpressions.Regex Chapter = new(@"^第[一二三四五六七八九十百零〇\d]+[章节编部分]", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static int IndexOf(Document document, Unit unit)
    {
        for (var i = 0; i < document.Units.Count; i++)
        {
            if (ReferenceEquals(document.Units[i], unit)) return i;
        }
        return -1;
    }
}

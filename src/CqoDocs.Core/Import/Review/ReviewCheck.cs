using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Review;

/// <summary>One thing in a reviewed document that cannot be saved as it stands, with the field it concerns.</summary>
/// <param name="Field">title, or units[2].label (units from 0), as the review form names its inputs.</param>
internal sealed record ReviewProblem(string Field, string Message);

/// <summary>
/// What a corpus file needs and a reviewer could break: a title, at least one unit, and unit labels that are
/// present, one word (the label is the heading line's first word) and unique within the document.
/// </summary>
internal static class ReviewCheck
{
    public static IReadOnlyList<ReviewProblem> Check(Document document)
    {
        var problems = new List<ReviewProblem>();
        if (string.IsNullOrWhiteSpace(document.Title)) problems.Add(new("title", "标题不能为空"));
        if (document.Units.Count == 0) problems.Add(new("units", "文件至少要有一个条目"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Units.Count; i++)
        {
            var label = document.Units[i].Label;
            var field = $"units[{i}].label";
            if (string.IsNullOrWhiteSpace(label)) problems.Add(new(field, "条目编号不能为空"));
            else if (label.Any(char.IsWhiteSpace)) problems.Add(new(field, $"条目编号“{label}”中不能有空格（标题写在“小标题”里）"));
            else if (!seen.Add(label)) problems.Add(new(field, $"条目编号“{label}”重复"));
        }
        return problems;
    }
}

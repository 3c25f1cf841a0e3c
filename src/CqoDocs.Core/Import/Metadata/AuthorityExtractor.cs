using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// 发文机关, as written: the page's information table, else the signature (the cover's for an issued
/// document), else the authority's mark in the head ("XX人民政府办公室文件"), else the title's issuer
/// ("XX关于…", "XX转发…"), else the office the page names as its source (来源：市政府办公室). A signature in
/// short form (省实施…办公室) yields to a mark or issuer that spells the same name out in full. News has no
/// authority unless the page names one.
/// </summary>
internal sealed partial class AuthorityExtractor : IImportStep
{
    [GeneratedRegex(@"^(.+?)(?:关于|印发|转发|颁发|下发|发布)")]
    private static partial Regex Issuer();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        if (draft.Page.Authority is { } page)
        {
            draft.Authority = page;
            return;
        }
        var signature = (layout.CoverSignature ?? layout.Signature)?.Authorities;
        var signed = signature is { Count: > 0 } ? string.Join("、", signature) : null;
        var mark = Mark(layout.Head.Concat(layout.Subtitles));
        var issuer = Issuer(layout.CoverTitle) ?? Issuer(layout.Title);
        if (draft.Kind == DocumentKind.News && signed is null)
        {
            draft.Authority = null;
            return;
        }
        if (signed is not null)
        {
            draft.Authority = FullerForm(signed, mark) ?? FullerForm(signed, issuer) ?? signed;
            return;
        }
        draft.Authority = mark ?? issuer ?? draft.Page.Source;
    }

    [GeneratedRegex(@"\s*(?:文件|发布|印发|联合发布)$")]
    private static partial Regex MarkSuffix();

    /// <summary>The authority's mark above the title: name lines, perhaps ending with 文件 (or 发布 on a standard's cover).</summary>
    private static string? Mark(IEnumerable<string> head)
    {
        foreach (var line in head)
        {
            var trimmed = line.Trim();
            var folded = ScriptTable.Default.ToSimplified(trimmed);
            var name = MarkSuffix().Replace(folded, "");
            if (AuthorityShape.LooksLikeAuthorities(name))
                return string.Join("、", trimmed[..name.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return null;
    }

    private static string? Issuer(string? title)
    {
        if (title is null) return null;
        var m = Issuer().Match(ScriptTable.Default.ToSimplified(title));
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        return AuthorityShape.LooksLikeAuthority(name) ? title[..name.Length] : null;
    }

    /// <summary>
    /// <paramref name="candidate"/> when it is <paramref name="signed"/> spelled out in full: 吉林省实施…办公室 for
    /// 省实施…办公室. A candidate naming the body that convened the office (…联席会议 for …联席会议办公室) is not.
    /// </summary>
    private static string? FullerForm(string signed, string? candidate)
    {
        if (candidate is null || candidate.Length <= signed.Length) return null;
        var stem = TrimLevel(ScriptTable.Default.ToSimplified(signed));
        var full = ScriptTable.Default.ToSimplified(candidate);
        return stem.Length >= 3 && full.EndsWith(stem, StringComparison.Ordinal) ? candidate : null;
    }

    /// <summary>省实施…办公室 → 实施…办公室: the bare level word a short signature starts with.</summary>
    internal static string TrimLevel(string name) =>
        name.Length > 2 && name[0] is '省' or '市' or '县' or '区' or '州' or '镇' ? name[1..] : name;
}

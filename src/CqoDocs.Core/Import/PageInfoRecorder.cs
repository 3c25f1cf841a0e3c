using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import;

/// <summary>Checks a value against its field (a number must look like one, a date must parse) and records it.</summary>
internal static partial class PageInfoRecorder
{
    /// <summary>True when the value was usable (or the field is one nobody cites).</summary>
    public static bool Offer(PageInfo page, PageField field, string value)
    {
        var v = value.Trim().Trim('：', ':', ' ', '　');
        var folded = ScriptTable.Default.ToSimplified(v);
        switch (field)
        {
            case PageField.Title:
                if (ChineseText.CountHan(v) < 4) return false;
                page.OfferTitle(v);
                return true;
            case PageField.Authority:
                if (ChineseText.CountHan(v) < 2) return false;
                page.OfferAuthority(v);
                return true;
            case PageField.Source:
                // Only a name: "来源：市政府办公室 访问量：" has been cut at the next label already.
                var name = v.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                if (!AuthorityShape.LooksLikeAuthority(ScriptTable.Default.ToSimplified(name))) return false;
                page.OfferSource(name);
                return true;
            case PageField.DocNumber:
                var number = DocumentNumberPattern.WholeLineNumber(v);
                if (number is null) return false;
                page.OfferDocNumber(number);
                return true;
            case PageField.Date:
                if (FirstDate(folded) is not { } date) return false;
                page.OfferDate(date);
                return true;
            case PageField.Published:
                if (FirstDate(folded) is not { } published) return false;
                page.OfferPublished(published);
                return true;
            case PageField.Effective:
                if (ChineseDate.First(folded) is not { } effective) return false;
                page.OfferEffective(effective);
                return true;
            default:
                return true;
        }
    }

    /// <summary>The value's date; a padded date glued to a counter ("2023-05-121328") still reads.</summary>
    private static DateOnly? FirstDate(string folded) =>
        ChineseDate.First(folded) ?? (GluedDate().Match(folded) is { Success: true } m ? ChineseDate.First(m.Value) : null);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:19|20)\d{2}-\d{2}-\d{2}(?=\d)")]
    private static partial System.Text.RegularExpressions.Regex GluedDate();
}

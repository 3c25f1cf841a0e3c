namespace CqoDocs.Core.Model;

/// <summary>What a drafter pastes: 《title》number label, e.g. 《清远市企业首席质量官管理办法（试行）》第五条.</summary>
public static class Citation
{
    public static string Of(Document document, Unit? unit = null)
    {
        var number = string.IsNullOrEmpty(document.DocNumber) ? "" : $"（{document.DocNumber}）";
        var label = unit is null ? "" : unit.Label;
        return $"《{document.Title}》{number}{label}";
    }
}

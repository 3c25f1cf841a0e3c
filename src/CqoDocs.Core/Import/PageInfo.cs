namespace CqoDocs.Core.Import;

/// <summary>
/// What the page says about itself outside the text: HTML meta tags, the information table of a
/// government site (索引号 / 发文机关 / 文号 / 成文日期 …), and label lines such as "发布时间：2016-03-08".
/// The first value found for a field wins; later steps prefer these over guesses from the text.
/// </summary>
internal sealed class PageInfo
{
    public string? Title { get; private set; }
    public string? Authority { get; private set; }
    public string? DocNumber { get; private set; }
    public DateOnly? Date { get; private set; }
    public DateOnly? Published { get; private set; }
    public DateOnly? Effective { get; private set; }
    public string? Source { get; private set; }

    public void OfferTitle(string? value)
    {
        if (Title is null && !string.IsNullOrWhiteSpace(value)) Title = value.Trim();
    }

    public void OfferAuthority(string? value)
    {
        if (Authority is null && !string.IsNullOrWhiteSpace(value)) Authority = value.Trim();
    }

    public void OfferDocNumber(string? value)
    {
        if (DocNumber is null && !string.IsNullOrWhiteSpace(value)) DocNumber = value;
    }

    public void OfferSource(string? value)
    {
        if (Source is null && !string.IsNullOrWhiteSpace(value)) Source = value.Trim();
    }

    public void OfferDate(DateOnly? value) => Date ??= value;

    public void OfferPublished(DateOnly? value) => Published ??= value;

    public void OfferEffective(DateOnly? value) => Effective ??= value;
}

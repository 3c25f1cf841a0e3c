using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Model;

/// <summary>
/// What a corpus file's own <c>validity:</c> block says about the document's status, for when the text does
/// not say it (a repeal published elsewhere, a period extended by a later notice). It wins over what is read
/// from the text; fields left out are still read from the text.
/// </summary>
public sealed record DeclaredValidity
{
    /// <summary>The status as declared; null to let the dates decide.</summary>
    public DocumentStatus? Status { get; init; }
    /// <summary>The last day in force, when the text states none or a later notice changed it.</summary>
    public DateOnly? Until { get; init; }
    /// <summary>The id of the corpus document that replaces this one.</summary>
    public string? ReplacedBy { get; init; }
    /// <summary>Why, in the user's words (据某某决定废止), shown as the reason.</summary>
    public string? Note { get; init; }

    public bool IsEmpty => Status is null && Until is null && ReplacedBy is null && Note is null;
}

namespace CqoDocs.Core.Import;

/// <summary>
/// The parts the structure steps find in the cleaned lines. A notice reads, top to bottom: a head (the
/// authority's mark, the number, dates, bylines), its title, optionally a cover notice (addressee, a few
/// lines of text, a signature) issuing an attached document, then the body, then a tail (signature, 抄送).
/// </summary>
internal sealed class DocumentLayout
{
    /// <summary>Lines above the title: the authority's mark, the document number, bylines, page residue.</summary>
    public List<string> Head { get; } = [];

    /// <summary>The document's own title; for a cover notice, the attached document's title.</summary>
    public string? Title { get; set; }

    /// <summary>The cover notice's title when the document was issued (印发) or forwarded (转发) by one.</summary>
    public string? CoverTitle { get; set; }

    /// <summary>The cover notice's lines after its title: addressee and text (its signature is kept apart).</summary>
    public List<string> Cover { get; } = [];

    /// <summary>Lines just below the title in brackets: (试行), (南通质监局 2010年3月), drafting notes.</summary>
    public List<string> Subtitles { get; } = [];

    /// <summary>The addressee line (主送机关), ending with a colon.</summary>
    public string? Addressee { get; set; }

    /// <summary>The body's lines in order, before they are cut into units.</summary>
    public List<string> Body { get; } = [];

    /// <summary>The cover notice's signature (authority lines and date), when there is a cover.</summary>
    public Signature? CoverSignature { get; set; }

    /// <summary>The signature under the body.</summary>
    public Signature? Signature { get; set; }

    /// <summary>Lines after the body that belong to no unit: attachment notes, 抄送, 印发 lines.</summary>
    public List<string> Tail { get; } = [];

    public List<UnitDraft> Units { get; } = [];
}

/// <summary>The authority name(s) and the date written under a text.</summary>
internal sealed record Signature(IReadOnlyList<string> Authorities, DateOnly? Date);

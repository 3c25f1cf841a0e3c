namespace CqoDocs.Core.Templates.Forms;

internal enum FormFieldKind
{
    /// <summary>One piece of text.</summary>
    Text,
    /// <summary>A condition the template tests ({{#if 密级}}): on or off.</summary>
    Check,
    /// <summary>A list whose items have fields of their own (职责: 内容, 依据).</summary>
    List,
    /// <summary>A list of plain texts (段落, 发文机关): one text a row.</summary>
    TextList,
}

/// <summary>
/// One input of a data form built from a template's own fields. <paramref name="Name"/> is the field's path
/// in the data, with list rows numbered from 1 as the data checker names them (职责[2].内容), so a problem
/// the checker reports lands next to its input.
/// </summary>
/// <param name="Long">The value is long or has several lines: a text area rather than a line.</param>
/// <param name="Rows">For a list: its rows as they are now.</param>
/// <param name="Blank">For a list: a blank row named with <see cref="TemplateForm.ListMark"/> and
/// <see cref="TemplateForm.RowMark"/>, for a page script to copy when a row is added in place.</param>
internal sealed record FormField(string Name, string Label, FormFieldKind Kind, bool Optional, bool IsDate,
    string? Value = null, bool Long = false, IReadOnlyList<FormRow>? Rows = null, FormRow? Blank = null);

/// <summary>One row of a list: its path (职责[2]) and, for a list of items, the item's fields.</summary>
/// <param name="Value">For a list of plain texts: the row's text.</param>
internal sealed record FormRow(string Name, int Number, IReadOnlyList<FormField> Fields, string? Value = null, bool Long = false);

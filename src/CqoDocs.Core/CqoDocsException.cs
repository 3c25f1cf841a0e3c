namespace CqoDocs.Core;

/// <summary>
/// The one failure a user can cause: bad input, a missing file, an unknown name. Carries the place it
/// concerns so the command line can print one line a user can act on.
/// </summary>
public sealed class CqoDocsException : Exception
{
    public CqoDocsException(string message, string? file = null, int? line = null, string? field = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
        Field = field;
    }

    public string? File { get; }
    public int? Line { get; }
    public string? Field { get; }

    /// <summary>"file:line: field: message", leaving out the parts that do not apply.</summary>
    public string OneLine()
    {
        var place = File ?? "";
        if (Line is int l) place += $":{l}";
        var prefix = place.Length > 0 ? place + ": " : "";
        if (!string.IsNullOrEmpty(Field)) prefix += $"{Field}: ";
        return prefix + Message.ReplaceLineEndings(" ");
    }
}

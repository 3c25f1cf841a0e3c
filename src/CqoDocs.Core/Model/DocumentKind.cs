namespace CqoDocs.Core.Model;

/// <summary>What kind of document it is; the lowercase name is the key used in the corpus and the CLI.</summary>
public enum DocumentKind
{
    Notice,
    Opinion,
    Measures,
    Plan,
    Standard,
    News,
}

public enum Script
{
    Simplified,
    Traditional,
}

public static class ModelKeys
{
    public static string Key(this DocumentKind kind) => kind.ToString().ToLowerInvariant();

    public static string Key(this Script script) => script.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? key, out DocumentKind kind) =>
        Enum.TryParse(key, ignoreCase: true, out kind) && Enum.IsDefined(kind);

    public static bool TryParseScript(string? key, out Script script) =>
        Enum.TryParse(key, ignoreCase: true, out script) && Enum.IsDefined(script);
}

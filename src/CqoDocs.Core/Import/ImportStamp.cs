using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import;

/// <summary>
/// What an imported corpus file remembers of its making, as a YAML comment closing its front matter:
/// which input it came from (a hash of the input's name and bytes: a document's identity) and a checksum of
/// the rest of the file as written. A file whose checksum no longer matches was corrected by hand.
/// </summary>
internal sealed partial record ImportStamp(string Input, string Check)
{
    [GeneratedRegex(@"^# cqodocs 导入记录 input=([0-9a-f]{16}) check=([0-9a-f]{16})")]
    private static partial Regex Line();

    /// <summary>The identity of an input: its file name and its bytes.</summary>
    public static string InputKey(string name, byte[] bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(name)));
        sha.AppendData([0]);
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>The corpus text with the stamp added as the last line of its front matter.</summary>
    public static string Apply(string corpusText, string inputKey)
    {
        var close = ClosingFence(corpusText);
        var line = $"# cqodocs 导入记录 input={inputKey} check={Checksum(corpusText)}（手工修改过的文件，再次导入时需加 --force 才会覆盖）\n";
        return corpusText[..close] + line + corpusText[close..];
    }

    /// <summary>The stamp of a file's text, and whether the rest is still as written; null when it has none.</summary>
    public static (ImportStamp Stamp, bool Untouched)? Read(string text)
    {
        var close = ClosingFence(text);
        if (close <= 0) return null;
        var start = text.LastIndexOf('\n', close - 2) + 1;
        var match = Line().Match(text[start..close]);
        if (!match.Success) return null;
        var stamp = new ImportStamp(match.Groups[1].Value, match.Groups[2].Value);
        return (stamp, Checksum(text[..start] + text[close..]) == stamp.Check);
    }

    private static string Checksum(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>Where the front matter's closing "---" line starts, or -1.</summary>
    private static int ClosingFence(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return -1;
        var at = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return at < 0 ? -1 : at + 1;
    }
}

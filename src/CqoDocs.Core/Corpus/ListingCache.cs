using System.Globalization;
using System.Text;
using CqoDocs.Core.IO;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// What the first pass of a stream (<see cref="CorpusLoader"/>) learnt of each file, kept in a small file in
/// the data folder and keyed by the file's path and SHA-256 digest: the listed document, or the problem that
/// kept it out. A file whose content is known is then read and hashed but not parsed. The cache belongs to
/// one build of the parser (a new build parses again); a missing or damaged cache only means parsing again.
/// </summary>
internal sealed class ListingCache
{
    private const string Header = "cqodocs-listing 1";

    private readonly Dictionary<(string Path, string Digest), Entry> _entries;

    private ListingCache(Dictionary<(string Path, string Digest), Entry> entries) => _entries = entries;

    /// <summary>A file's document as listed, or the problem it had (exactly one is set).</summary>
    internal sealed record Entry(CorpusLoader.Listed? Listed, CqoDocsException? Problem);

    public int Count => _entries.Count;

    public static ListingCache Empty() => new([]);

    public Entry? Find(string path, byte[] digest) =>
        _entries.GetValueOrDefault((path, Convert.ToHexStringLower(digest)));

    /// <summary>The cache at <paramref name="path"/>, or an empty one when it is missing, unreadable, damaged
    /// or written by another build.</summary>
    public static ListingCache Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return Empty();
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != Build()) return Empty();
            var entries = new Dictionary<(string, string), Entry>();
            while (reader.ReadLine() is { } line)
            {
                if (Parse(line) is not var (file, digest, entry)) return Empty();
                entries[(file, digest)] = entry;
            }
            return new ListingCache(entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return Empty();
        }
    }

    /// <summary>Best effort, all or nothing: without the file, the next stream parses every file again.</summary>
    public static void Write(string path, IEnumerable<(string Path, byte[] Digest, Entry Entry)> entries)
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append(Build()).Append('\n');
        foreach (var (file, digest, entry) in entries)
        {
            var fields = entry.Listed is { } listed
                ? new[] { "L", file, Convert.ToHexStringLower(digest), listed.Id, Day(listed.Date), listed.TitleKey, Number(listed.Units) }
                : ["P", file, Convert.ToHexStringLower(digest), entry.Problem!.File ?? "", Number(entry.Problem.Line), entry.Problem.Field ?? "", entry.Problem.Message];
            text.AppendJoin('\t', fields.Select(Escape)).Append('\n');
        }
        try
        {
            AtomicFile.WriteAllText(path, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Null when the line is not one <see cref="Write"/> wrote.</summary>
    private static (string Path, string Digest, Entry Entry)? Parse(string line)
    {
        var fields = line.Split('\t').Select(Unescape).ToArray();
        if (fields.Length != 7 || fields.Any(f => f is null) || fields[2]!.Length != 64) return null;
        var (file, digest) = (fields[1]!, fields[2]!);
        switch (fields[0])
        {
            case "L" when ParseDay(fields[4]!, out var date) && ParseNumber(fields[6]!, out var units) && units is int count:
                var bytes = Convert.FromHexString(digest);
                return (file, digest, new Entry(new CorpusLoader.Listed(fields[3]!, date, fields[5]!, count, bytes), null));
            case "P" when ParseNumber(fields[4]!, out var number):
                var problem = new CqoDocsException(fields[6]!, NullIfEmpty(fields[3]!), number, NullIfEmpty(fields[5]!));
                return (file, digest, new Entry(null, problem));
            default:
                return null;
        }
    }

    /// <summary>The parser's build: its module's id changes whenever the assembly is compiled differently.</summary>
    private static string Build() => typeof(ListingCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static bool ParseDay(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (!IsoDate.TryParse(text, out var day)) return false;
        date = day;
        return true;
    }

    private static string Number(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static bool ParseNumber(string text, out int? number)
    {
        number = null;
        if (text.Length == 0) return true;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return false;
        number = n;
        return true;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Tabs and line breaks inside a field are written as escapes, so one line is one entry.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>Null for an escape <see cref="Escape"/> never writes.</summary>
    private static string? Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }
            if (++i == text.Length) return null;
            switch (text[i])
            {
                case '\\': result.Append('\\'); break;
                case 't': result.Append('\t'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                default: return null;
            }
        }
        return result.ToString();
    }
}

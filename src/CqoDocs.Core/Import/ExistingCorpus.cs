using System.Text;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.IO;

namespace CqoDocs.Core.Import;

/// <summary>
/// The corpus files already in an output folder, as far as choosing ids needs: each file's declared id and
/// its import stamp. Read under the folder's lock, so it stays true while the import writes.
/// </summary>
internal sealed class ExistingCorpus
{
    public enum Claimed { Free, SameInput, SameInputEditedByHand, Taken }

    private sealed record Entry(string Path, string DeclaredId, ImportStamp? Stamp, bool Untouched);

    private readonly Dictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reserved = new(StringComparer.OrdinalIgnoreCase);

    public static ExistingCorpus Read(string folder)
    {
        var corpus = new ExistingCorpus();
        if (!Directory.Exists(folder)) return corpus;
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly))
        {
            var stem = System.IO.Path.GetFileNameWithoutExtension(path);
            if (stem.StartsWith('.')) continue;
            corpus._ids.Add(stem);
            if (FileKind.Of(path) != PathKind.RegularFile) continue;
            string text;
            try
            {
                text = Encoding.UTF8.GetString(InputFile.ReadAllBytes(path, path));
            }
            catch (CqoDocsException)
            {
                continue; // unreadable: its name stays taken, and it is never replaced
            }
            var declared = DeclaredId(text, path) ?? stem;
            corpus._ids.Add(declared);
            var stamp = ImportStamp.Read(text);
            corpus._byPath[path] = new Entry(path, declared, stamp?.Stamp, stamp?.Untouched ?? false);
        }
        return corpus;
    }

    /// <summary>Whether <paramref name="id"/> may be written at <paramref name="target"/> for the input <paramref name="inputKey"/>.</summary>
    public Claimed Claim(string id, string inputKey, string target, IReadOnlyCollection<string> inputs)
    {
        if (_reserved.Contains(id) || inputs.Any(i => OutputGuard.SameFile(i, target))) return Claimed.Taken;
        switch (FileKind.Of(target))
        {
            case PathKind.Missing:
                return FileKind.IsLink(target) || _ids.Contains(id) ? Claimed.Taken : Claimed.Free;
            case PathKind.RegularFile when !FileKind.IsLink(target) && _byPath.TryGetValue(target, out var entry):
                if (entry.Stamp?.Input != inputKey || !string.Equals(entry.DeclaredId, id, StringComparison.Ordinal)) return Claimed.Taken;
                // Another file declaring the same id (in any letter case) would make the folder fail to load.
                if (_byPath.Values.Any(e => e != entry && string.Equals(e.DeclaredId, id, StringComparison.OrdinalIgnoreCase))) return Claimed.Taken;
                return entry.Untouched ? Claimed.SameInput : Claimed.SameInputEditedByHand;
            default:
                return Claimed.Taken;
        }
    }

    /// <summary>The id of the file imported from <paramref name="inputKey"/>, or null when there is none.</summary>
    public string? IdFrom(string inputKey) =>
        _byPath.Values.Where(e => e.Stamp?.Input == inputKey).Select(e => e.DeclaredId).Order(StringComparer.Ordinal).FirstOrDefault();

    public void Reserve(string id)
    {
        _reserved.Add(id);
        _ids.Add(id);
    }

    /// <summary>The current text of a file, to skip rewriting it unchanged.</summary>
    public string? TextOf(string path)
    {
        try
        {
            return File.Exists(path) ? Encoding.UTF8.GetString(InputFile.ReadAllBytes(path, path)) : null;
        }
        catch (CqoDocsException)
        {
            return null;
        }
    }

    private static string? DeclaredId(string text, string path)
    {
        var source = text.ReplaceLineEndings("\n");
        if (!source.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var end = source.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return null;
        try
        {
            var id = FrontMatter.Parse(source[4..end], path).Id;
            return string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        }
        catch (CqoDocsException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// A digest of everything about a document the index could hold: two documents with the same key and hash
/// index the same, so an incremental update leaves them alone and re-indexes only the ones that differ.
/// Every document is hashed on every update, so the hash is a fast non-cryptographic one (XXH128) over the
/// strings' own UTF-16 bytes: it guards against change, not against an adversary.
/// </summary>
internal static class DocumentHash
{
    public static string Of(Document document)
    {
        var hash = new XxHash128();
        void Add(string? value)
        {
            // Length-prefixed, with null apart from "": no two different documents read as the same bytes.
            Span<byte> length = stackalloc byte[4];
            BitConverter.TryWriteBytes(length, value?.Length ?? -1);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes((value ?? "").AsSpan()));
        }
        string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Add(document.Id);
        Add(document.Title);
        Add(document.Authority);
        Add(document.DocNumber);
        Add(Day(document.Date));
        Add(Day(document.Published));
        Add(Day(document.Effective));
        Add(document.Region.Province);
        Add(document.Region.City);
        Add(document.Region.District);
        Add(document.Kind.Key());
        Add(document.Script.Key());
        Add(document.Source);
        // What the file declares of its validity is kept in the index too (ValidityFacts).
        Add(document.Validity?.Status?.ToString());
        Add(Day(document.Validity?.Until));
        Add(document.Validity?.ReplacedBy);
        Add(document.Validity?.Note);
        Add(document.Units.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var unit in document.Units)
        {
            Add(unit.Label);
            Add(unit.Heading);
            Add(unit.Text);
            Add(unit.Depth.ToString(CultureInfo.InvariantCulture));
            Add(string.Join('\n', unit.Topics));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

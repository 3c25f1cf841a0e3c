using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// A digest of everything about a document the index could hold: two documents with the same key and hash
/// index the same, so an incremental update leaves them alone and re-indexes only the ones that differ.
/// </summary>
internal static class DocumentHash
{
    public static string Of(Document document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            // Length-prefixed, with null apart from "": no two different documents read as the same bytes.
            var text = value ?? "";
            hash.AppendData(Encoding.UTF8.GetBytes($"{(value is null ? -1 : text.Length)}:"));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
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
        Add(document.Units.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var unit in document.Units)
        {
            Add(unit.Label);
            Add(unit.Heading);
            Add(unit.Text);
            Add(unit.Depth.ToString(CultureInfo.InvariantCulture));
            Add(string.Join('\n', unit.Topics));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// A digest of everything about a document the index could hold: two documents with the same key and hash
/// index the same, so an incremental update leaves them alone and re-indexes only the ones that differ.
/// Every document is hashed on every update, so the hash is a fast non-cryptographic one (XXH128) over the
/// strings' own UTF-16 bytes: it guards against change, not against an adversary. The strings are gathered
/// in a buffer and handed to the hash a buffer at a time, without formatting anything into new strings:
/// at 200,000 units, one small append per field cost more than the hashing itself.
/// </summary>
internal static class DocumentHash
{
    private const int BufferBytes = 16 << 10;

    public static string Of(Document document)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            var writer = new Writer(buffer);
            writer.Add(document.Id);
            writer.Add(document.Title);
            writer.Add(document.Authority);
            writer.Add(document.DocNumber);
            writer.AddDay(document.Date);
            writer.AddDay(document.Published);
            writer.AddDay(document.Effective);
            writer.Add(document.Region.Province);
            writer.Add(document.Region.City);
            writer.Add(document.Region.District);
            writer.Add(document.Kind.Key());
            writer.Add(document.Script.Key());
            writer.Add(document.Source);
            // What the file declares of its validity is kept in the index too (ValidityFacts).
            writer.Add(document.Validity?.Status?.ToString());
            writer.AddDay(document.Validity?.Until);
            writer.Add(document.Validity?.ReplacedBy);
            writer.Add(document.Validity?.Note);
            writer.AddNumber(document.Units.Count);
            foreach (var unit in document.Units)
            {
                writer.Add(unit.Label);
                writer.Add(unit.Heading);
                writer.Add(unit.Text);
                writer.AddNumber(unit.Depth);
                writer.AddLines(unit.Topics);
            }
            return writer.Finish();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Each value as its length in UTF-16 code units (-1 for null, apart from "") and then its UTF-16 bytes:
    /// no two different documents read as the same bytes.
    /// </summary>
    private ref struct Writer(byte[] buffer)
    {
        private readonly XxHash128 _hash = new();
        private int _used;

        public void Add(string? value)
        {
            Length(value?.Length ?? -1);
            if (value is not null) Chars(value);
        }

        public void AddDay(DateOnly? date)
        {
            if (date is not { } day)
            {
                Length(-1);
                return;
            }
            Span<char> text = stackalloc char[10];
            day.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Length(written);
            Chars(text[..written]);
        }

        public void AddNumber(int number)
        {
            Span<char> text = stackalloc char[11];
            number.TryFormat(text, out var written, provider: CultureInfo.InvariantCulture);
            Length(written);
            Chars(text[..written]);
        }

        /// <summary>The values joined by line breaks, as one string.</summary>
        public void AddLines(IReadOnlyList<string> values)
        {
            var length = Math.Max(0, values.Count - 1);
            foreach (var value in values) length += value.Length;
            Length(length);
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) Chars("\n");
                Chars(values[i]);
            }
        }

        public string Finish()
        {
            _hash.Append(buffer.AsSpan(0, _used));
            return Convert.ToHexStringLower(_hash.GetCurrentHash());
        }

        private void Length(int length)
        {
            Room(4);
            BitConverter.TryWriteBytes(buffer.AsSpan(_used), length);
            _used += 4;
        }

        private void Chars(scoped ReadOnlySpan<char> chars)
        {
            var bytes = MemoryMarshal.AsBytes(chars);
            if (bytes.Length > buffer.Length / 2)
            {
                Room(buffer.Length);
                _hash.Append(bytes);
                return;
            }
            Room(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        /// <summary>Hands the buffer to the hash when <paramref name="bytes"/> more would not fit.</summary>
        private void Room(int bytes)
        {
            if (_used + bytes <= buffer.Length) return;
            _hash.Append(buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}

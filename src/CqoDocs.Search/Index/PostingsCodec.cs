namespace CqoDocs.Search.Index;

/// <summary>
/// The byte format of a term's postings and of the unit lengths, in unsigned LEB128 varints. A posting
/// starts with the row id's gap from the previous one and a tag, as gap &lt;&lt; 3 | tag. Most postings hold
/// the term once (3.6 of 4.7 million at 50,000 units): their tag is column &lt;&lt; 1 | 1 and the offset follows,
/// with no run header (a 12% smaller file than a header byte on every posting). Otherwise the tag is 0 and for
/// each column that holds the term one run follows: a header (occurrences &lt;&lt; 3 | column &lt;&lt; 1 | 1 if it
/// is the posting's last run) and the offsets, each as the gap from the previous one.
/// </summary>
internal static class PostingsCodec
{

    /// <param name="positions">Increasing, as <see cref="UnitTermPositions.Encode"/> makes them.</param>
    public static void WritePosting(List<byte> output, long gap, ReadOnlySpan<int> positions)
    {
        if (positions.IsEmpty) throw new ArgumentException("a posting holds at least one position", nameof(positions));
        if (positions.Length == 1)
        {
            var only = positions[0];
            WriteVarint(output, ((ulong)gap << 3) | ((ulong)UnitTermPositions.ColumnOf(only) << 1) | 1);
            WriteVarint(output, (ulong)UnitTermPositions.OffsetOf(only));
            return;
        }
        WriteVarint(output, (ulong)gap << 3);
        // Positions are in column order: each column's run is its header, then its offsets as gaps.
        for (var i = 0; i < positions.Length;)
        {
            var column = UnitTermPositions.ColumnOf(positions[i]);
            var end = i;
            while (end < positions.Length && UnitTermPositions.ColumnOf(positions[end]) == column) end++;
            var last = end == positions.Length ? 1UL : 0UL;
            WriteVarint(output, ((ulong)(end - i) << 3) | ((ulong)column << 1) | last);
            var previous = 0;
            for (; i < end; i++)
            {
                var offset = UnitTermPositions.OffsetOf(positions[i]);
                WriteVarint(output, (ulong)(offset - previous));
                previous = offset;
            }
        }
    }

    /// <summary>A term's postings decoded: the units, the weighted count in each (Σ column weight × occurrences)
    /// and the positions, those of posting i being <c>Positions[Starts[i]..Starts[i + 1]]</c>.</summary>
    public sealed record Decoded(long[] Ids, double[] WeightedCounts, int[] Starts, int[] Positions);

    /// <summary>A term's segments decoded one after the other (each segment's ids start again from a gap of
    /// the first id), leaving out the units in <paramref name="deleted"/>.</summary>
    public static Decoded ReadPostings(IReadOnlyList<(byte[] Data, int Count)> segments, ReadOnlySpan<double> weights, IReadOnlySet<long>? deleted = null)
    {
        var count = 0;
        foreach (var segment in segments) count += segment.Count;
        var ids = new long[count];
        var weighted = new double[count];
        var starts = new int[count + 1];
        var positions = new List<int>(count * 2);
        var kept = 0;
        foreach (var (data, n) in segments)
        {
            var at = 0;
            long id = 0;
            for (var i = 0; i < n; i++)
            {
                var first = ReadVarint(data, ref at);
                id += (long)(first >> 3);
                var start = positions.Count;
                // Summed one occurrence at a time, column by column, as FTS5's bm25() does.
                var sum = 0.0;
                if ((first & 1) != 0)
                {
                    var column = (int)(first >> 1) & 3;
                    sum = weights[column];
                    positions.Add(UnitTermPositions.Encode(column, (int)ReadVarint(data, ref at)));
                }
                for (var last = (first & 1) != 0; !last;)
                {
                    var header = ReadVarint(data, ref at);
                    last = (header & 1) != 0;
                    var c = (int)(header >> 1) & 3;
                    var occurrences = (int)(header >> 3);
                    var offset = 0;
                    for (var k = 0; k < occurrences; k++)
                    {
                        sum += weights[c];
                        offset += (int)ReadVarint(data, ref at);
                        positions.Add(UnitTermPositions.Encode(c, offset));
                    }
                }
                if (deleted is not null && deleted.Contains(id))
                {
                    positions.RemoveRange(start, positions.Count - start);
                    continue;
                }
                ids[kept] = id;
                weighted[kept] = sum;
                starts[kept] = start;
                kept++;
            }
        }
        starts[kept] = positions.Count;
        if (kept < count)
        {
            Array.Resize(ref ids, kept);
            Array.Resize(ref weighted, kept);
            Array.Resize(ref starts, kept + 1);
        }
        return new Decoded(ids, weighted, starts, positions.ToArray());
    }

    public static void WriteVarint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    public static ulong ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}

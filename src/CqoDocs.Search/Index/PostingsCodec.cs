namespace CqoDocs.Search.Index;

/// <summary>
/// The byte format of a term's postings (units in increasing row id, with the term's count in each
/// column) and of the unit lengths: unsigned LEB128 varints. A posting is the row id's gap from the
/// previous one, a bit mask of the columns that hold the term, then the count for each of those columns.
/// </summary>
internal static class PostingsCodec
{
    public static void WritePosting(List<byte> output, long gap, ColumnCounts counts)
    {
        WriteVarint(output, (ulong)gap);
        var mask = 0;
        for (var c = 0; c < 4; c++) if (counts[c] > 0) mask |= 1 << c;
        output.Add((byte)mask);
        for (var c = 0; c < 4; c++) if (counts[c] > 0) WriteVarint(output, (ulong)counts[c]);
    }

    /// <summary>Row ids and weighted counts (Σ weight × count over the columns) of every posting.</summary>
    public static (long[] Ids, double[] WeightedCounts) ReadPostings(ReadOnlySpan<byte> data, int count, ReadOnlySpan<double> weights)
    {
        var ids = new long[count];
        var weighted = new double[count];
        var at = 0;
        long id = 0;
        for (var i = 0; i < count; i++)
        {
            id += (long)ReadVarint(data, ref at);
            var mask = data[at++];
            // Summed one occurrence at a time, column by column, as FTS5's bm25() does.
            var sum = 0.0;
            for (var c = 0; c < 4; c++)
            {
                if ((mask & (1 << c)) == 0) continue;
                var n = (int)ReadVarint(data, ref at);
                for (var k = 0; k < n; k++) sum += weights[c];
            }
            ids[i] = id;
            weighted[i] = sum;
        }
        return (ids, weighted);
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

using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

public class PostingsCodecTests
{
    private static readonly double[] Weights = [10, 1, 2, 0.5];

    [Fact]
    public void Postings_read_back_as_written_across_columns_and_long_runs()
    {
        int[][] postings =
        [
            [UnitTermPositions.Encode(1, 3)],
            [UnitTermPositions.Encode(0, 0), UnitTermPositions.Encode(1, 7), UnitTermPositions.Encode(1, 9), UnitTermPositions.Encode(3, 2)],
            [.. Enumerable.Range(0, 40).Select(i => UnitTermPositions.Encode(1, i * 3))],
            [UnitTermPositions.Encode(2, 0), UnitTermPositions.Encode(3, 500_000)],
            [UnitTermPositions.Encode(3, 300_000)],
            [UnitTermPositions.Encode(0, 0)],
        ];
        long[] ids = [1, 2, 300, 100_000, 5_000_000_000, 5_000_000_001];
        var bytes = new List<byte>();
        long previous = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            PostingsCodec.WritePosting(bytes, ids[i] - previous, postings[i]);
            previous = ids[i];
        }

        var decoded = PostingsCodec.ReadPostings([(bytes.ToArray(), ids.Length)], Weights);

        Assert.Equal(ids, decoded.Ids);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(postings[i], decoded.Positions[decoded.Starts[i]..decoded.Starts[i + 1]]);
            Assert.Equal(postings[i].Sum(p => Weights[UnitTermPositions.ColumnOf(p)]), decoded.WeightedCounts[i], 1e-12);
        }
    }

    [Fact]
    public void A_posting_of_one_occurrence_with_a_small_gap_and_offset_takes_two_bytes()
    {
        var bytes = new List<byte>();
        PostingsCodec.WritePosting(bytes, 5, [UnitTermPositions.Encode(1, 12)]);

        // The gap with the column, the offset: no run header.
        Assert.Equal(2, bytes.Count);
    }

    [Fact]
    public void Deleted_units_are_left_out()
    {
        var bytes = new List<byte>();
        PostingsCodec.WritePosting(bytes, 4, [UnitTermPositions.Encode(1, 0)]);
        PostingsCodec.WritePosting(bytes, 2, [UnitTermPositions.Encode(0, 1), UnitTermPositions.Encode(1, 1)]);
        PostingsCodec.WritePosting(bytes, 1, [UnitTermPositions.Encode(2, 5)]);

        var decoded = PostingsCodec.ReadPostings([(bytes.ToArray(), 3)], Weights, new HashSet<long> { 6 });

        Assert.Equal([4L, 7L], decoded.Ids);
        Assert.Equal([UnitTermPositions.Encode(1, 0), UnitTermPositions.Encode(2, 5)], decoded.Positions);
        Assert.Equal([0, 1, 2], decoded.Starts);
    }
}

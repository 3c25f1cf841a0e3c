namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Working arrays for one cut at a time, grown to the longest block seen and then reused, so segmenting
/// allocates nothing per block or token. One per thread (<see cref="Rent"/>), never shared while in use.
/// </summary>
internal sealed class SegmentScratch
{
    [ThreadStatic] private static SegmentScratch? s_cached;

    private double[] _routeScore = new double[256];
    private int[] _routeEnd = new int[256];
    private byte[] _states = new byte[256];
    private byte[] _backPointers = new byte[1024];

    /// <summary>Precise tokens of the piece being cut, before search mode expands them.</summary>
    public TokenBuffer Precise { get; } = new();

    /// <summary>Takes this thread's scratch, or a new one when it is already in use (a nested or re-entrant cut).</summary>
    public static SegmentScratch Rent()
    {
        var scratch = s_cached ?? new SegmentScratch();
        s_cached = null;
        return scratch;
    }

    public static void Return(SegmentScratch scratch) => s_cached = scratch;

    /// <summary>Best score from each position to the end of the block; one more than the block's length.</summary>
    public Span<double> RouteScores(int blockLength) => Grow(ref _routeScore, blockLength + 1);

    /// <summary>The last character (inclusive) of the best word starting at each position.</summary>
    public Span<int> RouteEnds(int blockLength) => Grow(ref _routeEnd, blockLength);

    public Span<byte> States(int length) => Grow(ref _states, length);

    public Span<byte> BackPointers(int length) => Grow(ref _backPointers, length * 4);

    private static Span<T> Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, array.Length * 2)];
        return array.AsSpan(0, length);
    }
}

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Walks the best route through one block (a run of jieba block characters) and emits its words: jieba's
/// <c>__cut_DAG</c> with the HMM, <c>__cut_DAG_NO_HMM</c> without.
/// </summary>
internal static class DagCutter
{
    /// <summary>
    /// With the HMM: consecutive single-character steps are collected; a collected run of two or more that is
    /// not itself a dictionary word goes to the HMM, one that is a word is emitted character by character.
    /// </summary>
    public static void CutWithHmm(PrefixDictionary dictionary, HmmSegmenter hmm, ReadOnlySpan<char> block, int offset,
        TokenBuffer output, SegmentScratch scratch)
    {
        var ends = Route(dictionary, block, scratch);
        var runStart = -1;
        var x = 0;
        while (x < block.Length)
        {
            var y = ends[x] + 1;
            if (y - x == 1)
            {
                if (runStart < 0) runStart = x;
            }
            else
            {
                if (runStart >= 0) FlushSingles(dictionary, hmm, block, runStart, x, offset, output, scratch);
                runStart = -1;
                output.Add(offset + x, offset + y);
            }
            x = y;
        }
        if (runStart >= 0) FlushSingles(dictionary, hmm, block, runStart, block.Length, offset, output, scratch);
    }

    /// <summary>Without the HMM: single ASCII letters and digits on the route are glued back into one token.</summary>
    public static void CutWithoutHmm(PrefixDictionary dictionary, ReadOnlySpan<char> block, int offset,
        TokenBuffer output, SegmentScratch scratch)
    {
        var ends = Route(dictionary, block, scratch);
        var runStart = -1;
        var x = 0;
        while (x < block.Length)
        {
            var y = ends[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(block[x]))
            {
                if (runStart < 0) runStart = x;
            }
            else
            {
                if (runStart >= 0) output.Add(offset + runStart, offset + x);
                runStart = -1;
                output.Add(offset + x, offset + y);
            }
            x = y;
        }
        if (runStart >= 0) output.Add(offset + runStart, offset + block.Length);
    }

    private static ReadOnlySpan<int> Route(PrefixDictionary dictionary, ReadOnlySpan<char> block, SegmentScratch scratch)
    {
        var ends = scratch.RouteEnds(block.Length);
        RouteCalculator.Compute(dictionary, block, scratch.RouteScores(block.Length), ends);
        return ends;
    }

    private static void FlushSingles(PrefixDictionary dictionary, HmmSegmenter hmm, ReadOnlySpan<char> block,
        int start, int end, int offset, TokenBuffer output, SegmentScratch scratch)
    {
        var run = block[start..end];
        if (run.Length > 1 && !dictionary.IsWord(run))
        {
            hmm.Cut(run, offset + start, output, scratch);
            return;
        }
        for (var i = start; i < end; i++) output.Add(offset + i, offset + i + 1);
    }
}

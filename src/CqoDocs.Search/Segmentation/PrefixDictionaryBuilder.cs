using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Builds a <see cref="PrefixDictionary"/> from entries in ordinal order in linear time: the keys under a
/// node are one contiguous run of the sorted list, so each node's children come from one scan of its run,
/// breadth first, with no hashing. A list that is not sorted is rejected rather than silently mis-built.
/// </summary>
internal static class PrefixDictionaryBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Build(SortedEntries entries, long total)
    {
        var nodeCount = CountNodes(entries);
        var nodeChar = new char[nodeCount];
        var firstChild = new int[nodeCount + 1];
        var frequency = new long[nodeCount];
        // The run of entries below each node and its depth, filled when the node is created.
        var runStart = new int[nodeCount];
        var runEnd = new int[nodeCount];
        var depth = new int[nodeCount];
        runEnd[0] = entries.Count;

        var next = 1;
        for (var node = 0; node < next; node++)
        {
            var a = runStart[node];
            var b = runEnd[node];
            var d = depth[node];
            while (a < b && entries.KeyLength(a) == d)
            {
                frequency[node] = entries.Frequency(a);
                a++;
            }
            firstChild[node] = next;
            while (a < b)
            {
                var c = entries.CharAt(a, d);
                var e = a + 1;
                while (e < b && entries.CharAt(e, d) == c) e++;
                nodeChar[next] = c;
                runStart[next] = a;
                runEnd[next] = e;
                depth[next] = d + 1;
                next++;
                a = e;
            }
        }
        firstChild[nodeCount] = nodeCount;
        return new PrefixDictionary(nodeChar, firstChild, frequency, total);
    }

    /// <summary>One node per distinct prefix: each key adds the characters past its common prefix with the previous key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountNodes(SortedEntries entries)
    {
        var count = 1;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries.Key(i);
            if (key.IsEmpty) throw new InvalidDataException($"dictionary entry {i + 1} has an empty word");
            var common = key.CommonPrefixLength(previous);
            if (common < previous.Length && (common == key.Length || key[common] < previous[common]))
            {
                throw new InvalidDataException($"dictionary entries are not in ordinal order at entry {i + 1} ({key.ToString()})");
            }
            count += key.Length - common;
            previous = key;
        }
        return count;
    }
}

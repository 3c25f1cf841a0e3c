using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// Builds a <see cref="PrefixDictionary"/> from entries in ordinal order in linear time: the keys below a
/// node are one contiguous run of the sorted list, so each node's children come from one scan of its run,
/// level by level (breadth first), with no hashing. A list that is not sorted is rejected rather than
/// silently mis-built. Runs once per process on the start-up path, hence the plain array loops.
/// </summary>
internal static class PrefixDictionaryBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Build(SortedEntries entries, long total)
    {
        var pool = entries.Pool;
        var starts = entries.Starts;
        var lengths = entries.Lengths;
        var frequencies = entries.Frequencies;

        var nodeCount = CountNodes(entries);
        var nodeChar = new char[nodeCount];
        var firstChild = new int[nodeCount + 1];
        var frequency = new long[nodeCount];
        // The run of entries below each node: those whose key starts with the node's prefix.
        var runStart = new int[nodeCount];
        var runEnd = new int[nodeCount];
        runEnd[0] = entries.Count;

        // Nodes are numbered level by level: level d (the nodes of d-character prefixes) is [levelStart, levelEnd).
        var next = 1;
        for (int depth = 0, levelStart = 0; levelStart < next; depth++)
        {
            var levelEnd = next;
            for (var node = levelStart; node < levelEnd; node++)
            {
                var a = runStart[node];
                var b = runEnd[node];
                // Keys equal to this node's prefix sort first; the last of equal keys wins.
                while (a < b && lengths[a] == depth)
                {
                    frequency[node] = frequencies[a];
                    a++;
                }
                firstChild[node] = next;
                while (a < b)
                {
                    var c = pool[starts[a] + depth];
                    var e = a + 1;
                    while (e < b && pool[starts[e] + depth] == c) e++;
                    nodeChar[next] = c;
                    runStart[next] = a;
                    runEnd[next] = e;
                    next++;
                    a = e;
                }
            }
            levelStart = levelEnd;
        }
        firstChild[nodeCount] = nodeCount;
        return new PrefixDictionary(nodeChar, firstChild, frequency, total);
    }

    /// <summary>One node per distinct prefix: each key adds the characters past its common prefix with the previous key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountNodes(SortedEntries entries)
    {
        var pool = entries.Pool;
        var starts = entries.Starts;
        var lengths = entries.Lengths;
        var count = 1;
        int previousStart = 0, previousLength = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            int start = starts[i], length = lengths[i];
            if (length == 0) throw new InvalidDataException($"dictionary entry {i + 1} has an empty word");
            var limit = Math.Min(length, previousLength);
            var common = 0;
            while (common < limit && pool[start + common] == pool[previousStart + common]) common++;
            if (common < previousLength && (common == length || pool[start + common] < pool[previousStart + common]))
            {
                throw new InvalidDataException($"dictionary entries are not in ordinal order at entry {i + 1} ({entries.Key(i).ToString()})");
            }
            count += length - common;
            previousStart = start;
            previousLength = length;
        }
        return count;
    }

    /// <summary>
    /// <paramref name="bundled"/> with <paramref name="added"/> laid over it, in one breadth-first pass over
    /// both: a node's children are the merge of the bundled node's (already sorted) and the added run's, and
    /// an added entry's frequency replaces the bundled one (jieba's <c>FREQ[word] = freq</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Merge(PrefixDictionary bundled, SortedEntries added, long total)
    {
        var baseChar = bundled.NodeChars;
        var baseFirst = bundled.FirstChildren;
        var baseFrequency = bundled.Frequencies;
        var pool = added.Pool;
        var starts = added.Starts;
        var lengths = added.Lengths;
        var frequencies = added.Frequencies;

        // Every added key character may make a new node; the exact count is known at the end.
        var capacity = bundled.NodeCount + 1;
        for (var i = 0; i < added.Count; i++) capacity += lengths[i];
        var nodeChar = new char[capacity];
        var firstChild = new int[capacity + 1];
        var frequency = new long[capacity];
        var baseNode = new int[capacity];
        var runStart = new int[capacity];
        var runEnd = new int[capacity];
        runEnd[0] = added.Count;
        baseNode[0] = 1; // the bundled node of each merged node, plus one, so that 0 means none

        var next = 1;
        for (int depth = 0, levelStart = 0; levelStart < next; depth++)
        {
            var levelEnd = next;
            for (var node = levelStart; node < levelEnd; node++)
            {
                var source = baseNode[node] - 1;
                var a = runStart[node];
                var b = runEnd[node];
                frequency[node] = source >= 0 ? baseFrequency[source] : 0;
                while (a < b && lengths[a] == depth)
                {
                    frequency[node] = frequencies[a];
                    a++;
                }
                firstChild[node] = next;
                int bc = source >= 0 ? baseFirst[source] : 0, be = source >= 0 ? baseFirst[source + 1] : 0;
                while (a < b || bc < be)
                {
                    var addedChar = a < b ? pool[starts[a] + depth] : char.MaxValue;
                    var fromAdded = a < b && (bc >= be || addedChar <= baseChar[bc]);
                    var c = fromAdded ? addedChar : baseChar[bc];
                    nodeChar[next] = c;
                    if (bc < be && baseChar[bc] == c)
                    {
                        baseNode[next] = bc + 1;
                        bc++;
                    }
                    if (fromAdded)
                    {
                        var e = a + 1;
                        while (e < b && pool[starts[e] + depth] == c) e++;
                        runStart[next] = a;
                        runEnd[next] = e;
                        a = e;
                    }
                    next++;
                }
            }
            levelStart = levelEnd;
        }
        Array.Resize(ref nodeChar, next);
        Array.Resize(ref frequency, next);
        Array.Resize(ref firstChild, next + 1);
        firstChild[next] = next;
        GC.KeepAlive(bundled); // its tables were read through spans
        return new PrefixDictionary(nodeChar, firstChild, frequency, total);
    }
}

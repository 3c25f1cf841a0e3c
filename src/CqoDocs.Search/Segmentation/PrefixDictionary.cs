using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's prefix dictionary (<c>Tokenizer.FREQ</c>) as an immutable trie: every word and every prefix of a
/// word is a node; words carry their frequency, bare prefixes carry 0. Nodes are numbered breadth first, so
/// the children of node n are the consecutive nodes <c>FirstChild[n] .. FirstChild[n+1]-1</c>, sorted by
/// character (binary search). The two hottest steps of every dictionary walk get direct tables: the root's
/// children are indexed by character, and the two-character prefixes by a hash of the pair (the first
/// characters have hundreds of children each, where a binary search costs a dozen unpredictable branches).
/// </summary>
internal sealed class PrefixDictionary
{
    private readonly char[] _nodeChar;
    private readonly int[] _firstChild;
    private readonly long[] _frequency;
    private readonly double[] _weight;
    /// <summary>Direct lookup of the root's children; left out of small dictionaries (see <see cref="DirectTablesMinimum"/>).</summary>
    private readonly int[]? _rootChild;

    /// <summary>Two-character prefixes: open addressing, slot = (first &lt;&lt; 16 | second) &lt;&lt; 32 | node, 0 empty.</summary>
    private readonly ulong[]? _pairs;
    private readonly int _pairShift;

    /// <summary>Below this many nodes the direct tables cost more than the searches they save.</summary>
    private const int DirectTablesMinimum = 4096;

    internal PrefixDictionary(char[] nodeChar, int[] firstChild, long[] frequency, long total)
        : this(nodeChar, firstChild, frequency, total, WeightsOf(frequency, Math.Log(total)), DirectTables(nodeChar, firstChild))
    {
    }

    /// <summary>With the tables the other constructor derives, as <see cref="SegmenterCacheFormat"/> kept them:
    /// deriving them (a logarithm per node) was a third of a cold start's dictionary load.</summary>
    internal PrefixDictionary(char[] nodeChar, int[] firstChild, long[] frequency, long total, double[] weight,
        (int[] RootChild, ulong[] Pairs, int PairShift)? directTables)
    {
        _nodeChar = nodeChar;
        _firstChild = firstChild;
        _frequency = frequency;
        _weight = weight;
        Total = total;
        LogTotal = Math.Log(total);
        UnknownWeight = 0.0 - LogTotal;
        if (directTables is var (rootChild, pairs, pairShift))
        {
            _rootChild = rootChild;
            (_pairs, _pairShift) = (pairs, pairShift);
        }
    }

    /// <summary>
    /// calc() scores a word log(freq) - log(total); the same subtraction, done once per node, keeps the
    /// doubles bit-identical to jieba's. A node that is not a word (a bare prefix) gets +infinity instead,
    /// which no word can have (freq &lt;= total), so the route search tests one array, not two.
    /// </summary>
    private static double[] WeightsOf(long[] frequency, double logTotal)
    {
        var weight = new double[frequency.Length];
        for (var node = 0; node < frequency.Length; node++)
        {
            weight[node] = frequency[node] > 0 ? Math.Log(frequency[node]) - logTotal : NotAWord;
        }
        return weight;
    }

    private static (int[] RootChild, ulong[] Pairs, int PairShift)? DirectTables(char[] nodeChar, int[] firstChild)
    {
        if (nodeChar.Length < DirectTablesMinimum) return null;
        var rootChild = new int[char.MaxValue + 1];
        for (var child = firstChild[0]; child < firstChild[1]; child++) rootChild[nodeChar[child]] = child;
        var (pairs, shift) = PairTable(nodeChar, firstChild);
        return (rootChild, pairs, shift);
    }

    private static (ulong[] Table, int Shift) PairTable(char[] nodeChar, int[] firstChild)
    {
        var pairCount = firstChild[firstChild[1]] - firstChild[1];
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)pairCount * 2));
        var table = new ulong[1 << bits];
        var mask = table.Length - 1;
        for (var first = firstChild[0]; first < firstChild[1]; first++)
        {
            for (var second = firstChild[first]; second < firstChild[first + 1]; second++)
            {
                var key = (uint)nodeChar[first] << 16 | nodeChar[second];
                var slot = PairSlot(key, 32 - bits);
                while (table[slot] != 0) slot = (slot + 1) & mask;
                table[slot] = (ulong)key << 32 | (uint)second;
            }
        }
        return (table, 32 - bits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairSlot(uint key, int shift) => (int)((key * 0x9E3779B1u) >> shift);

    // The raw arrays, for rebuilding a merged dictionary (PrefixDictionaryBuilder.Merge).
    internal char[] NodeChars => _nodeChar;
    internal int[] FirstChildren => _firstChild;
    internal long[] Frequencies => _frequency;
    internal double[] Weights => _weight;
    internal (int[] RootChild, ulong[] Pairs, int PairShift)? DirectTableArrays =>
        _rootChild is { } root && _pairs is { } pairs ? (root, pairs, _pairShift) : null;

    /// <summary>The <see cref="WeightOf"/> a node has when it is only a prefix of words.</summary>
    public const double NotAWord = double.PositiveInfinity;

    /// <summary>The sum of the frequencies of every entry ever added (jieba's <c>total</c>).</summary>
    public long Total { get; }

    public double LogTotal { get; }

    /// <summary>The score of a character that is not a word: <c>log(1) - log(total)</c>.</summary>
    public double UnknownWeight { get; }

    /// <summary>Nodes in the trie, root included; one per distinct word or prefix, plus one.</summary>
    public int NodeCount => _frequency.Length;

    /// <summary>The node reached from the root by <paramref name="c"/>, or 0 when no entry starts with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _rootChild is { } table ? table[c] : SearchChildren(0, c);

    /// <summary>The node of the two-character prefix <paramref name="first"/><paramref name="second"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Pair(char first, char second)
    {
        if (_pairs is not { } pairs)
        {
            var node = Root(first);
            return node == 0 ? 0 : SearchChildren(node, second);
        }
        var key = (uint)first << 16 | second;
        var mask = pairs.Length - 1;
        var slot = PairSlot(key, _pairShift);
        while (true)
        {
            var entry = pairs[slot];
            if (entry == 0) return 0;
            if ((uint)(entry >> 32) == key) return (int)(uint)entry;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
    public int Child(int node, char c) => node == 0 ? Root(c) : SearchChildren(node, c);

    /// <summary><see cref="Child"/> for a node other than the root.</summary>
    public int SearchChildren(int node, char c)
    {
        var lo = _firstChild[node];
        var hi = _firstChild[node + 1] - 1;
        var chars = _nodeChar;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = chars[mid];
            if (m == c) return mid;
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long FrequencyOf(int node) => _frequency[node];

    /// <summary><c>log(freq) - log(total)</c> for a word node, <see cref="NotAWord"/> for a bare prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double WeightOf(int node) => _weight[node];

    /// <summary>The node of <paramref name="key"/>, or 0 when it is neither a word nor a prefix of one.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var node = 0;
        foreach (var c in key)
        {
            node = Child(node, c);
            if (node == 0) return 0;
        }
        return node;
    }

    /// <summary>jieba's <c>FREQ.get(key)</c>: the frequency, 0 for a bare prefix, -1 when absent.</summary>
    public long Frequency(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return -1;
        var node = Find(key);
        return node == 0 ? -1 : _frequency[node];
    }

    /// <summary>True when <paramref name="key"/> is a word with a positive frequency (jieba's <c>if FREQ.get(w)</c>).</summary>
    public bool IsWord(ReadOnlySpan<char> key) => Frequency(key) > 0;

    /// <summary>
    /// Every entry with its frequency, in ordinal order: the input a merged dictionary is rebuilt from. Bare
    /// prefixes are left out; they follow from the longer entries.
    /// </summary>
    internal SortedEntries ToSortedEntries()
    {
        var entries = new SortedEntries(NodeCount);
        var path = new char[64];
        // Depth-first, children in character order: a key comes before its extensions, as in ordinal order.
        var stack = new Stack<(int Node, int Depth)>();
        for (var child = _firstChild[1] - 1; child >= _firstChild[0]; child--) stack.Push((child, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth >= path.Length) Array.Resize(ref path, path.Length * 2);
            path[depth] = _nodeChar[node];
            var isLeaf = _firstChild[node] == _firstChild[node + 1];
            if (_frequency[node] != 0 || isLeaf) entries.Add(path.AsSpan(0, depth + 1), _frequency[node]);
            for (var child = _firstChild[node + 1] - 1; child >= _firstChild[node]; child--) stack.Push((child, depth + 1));
        }
        return entries;
    }
}

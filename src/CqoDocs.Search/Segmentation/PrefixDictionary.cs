using System.Runtime.CompilerServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's prefix dictionary (<c>Tokenizer.FREQ</c>) as an immutable trie: every word and every prefix of a
/// word is a node; words carry their frequency, bare prefixes carry 0. Nodes are numbered breadth first, so
/// the children of node n are the consecutive nodes <c>FirstChild[n] .. FirstChild[n+1]-1</c>, sorted by
/// character (binary search). The two hottest steps of every dictionary walk get direct tables: the root's
/// children are indexed by character, and the two-character prefixes by a hash of the pair (the first
/// characters have hundreds of children each, where a binary search costs a dozen unpredictable branches).
/// The tables are read through pointers into pinned arrays or into a mapped cache file (<see cref="DictionaryMemory"/>):
/// a cold search maps the 16 MB file and touches only the pages its query walks, where copying it into arrays
/// was most of the segmenter's load. Every table a walk follows is checked before use, so it never leaves them.
/// </summary>
internal sealed unsafe class PrefixDictionary
{
    private readonly char* _nodeChar;
    private readonly int* _firstChild;
    private readonly long* _frequency;
    private readonly double* _weight;
    private readonly int _nodeCount;
    /// <summary>Direct lookup of the root's children, null in small dictionaries (see <see cref="DirectTablesMinimum"/>).</summary>
    private readonly int* _rootChild;

    /// <summary>Two-character prefixes: open addressing, slot = (first &lt;&lt; 16 | second) &lt;&lt; 32 | node, 0 empty; null with the root table.</summary>
    private readonly ulong* _pairs;
    private readonly int _pairCount;
    private readonly int _pairShift;

    /// <summary>Holds the tables in place for as long as this dictionary lives.</summary>
    private readonly DictionaryMemory _memory;

    /// <summary>Below this many nodes the direct tables cost more than the searches they save.</summary>
    private const int DirectTablesMinimum = 4096;

    /// <summary>Entries per UTF-16 unit in the root's direct table.</summary>
    internal const int RootTableLength = char.MaxValue + 1;

    internal PrefixDictionary(char[] nodeChar, int[] firstChild, long[] frequency, long total)
        : this(Pin(nodeChar, firstChild, frequency, WeightsOf(frequency, Math.Log(total)), DirectTables(nodeChar, firstChild)), total)
    {
    }

    private PrefixDictionary((DictionaryMemory Memory, Tables Tables) pinned, long total) : this(pinned.Memory, pinned.Tables, total)
    {
    }

    /// <summary>Tables that lie in <paramref name="memory"/>, already checked (<see cref="SegmenterCacheFormat"/>).</summary>
    internal PrefixDictionary(DictionaryMemory memory, Tables tables, long total)
    {
        _memory = memory;
        _nodeChar = tables.NodeChar;
        _firstChild = tables.FirstChild;
        _frequency = tables.Frequency;
        _weight = tables.Weight;
        _nodeCount = tables.NodeCount;
        _rootChild = tables.RootChild;
        _pairs = tables.Pairs;
        _pairCount = tables.PairCount;
        _pairShift = tables.PairShift;
        Total = total;
        LogTotal = Math.Log(total);
        UnknownWeight = 0.0 - LogTotal;
    }

    /// <summary>Where each table starts, and how long the node and pair tables are.</summary>
    internal readonly struct Tables(char* nodeChar, int* firstChild, long* frequency, double* weight, int nodeCount,
        int* rootChild, ulong* pairs, int pairCount, int pairShift)
    {
        public char* NodeChar { get; } = nodeChar;
        public int* FirstChild { get; } = firstChild;
        public long* Frequency { get; } = frequency;
        public double* Weight { get; } = weight;
        public int NodeCount { get; } = nodeCount;
        public int* RootChild { get; } = rootChild;
        public ulong* Pairs { get; } = pairs;
        public int PairCount { get; } = pairCount;
        public int PairShift { get; } = pairShift;
    }

    private static (DictionaryMemory, Tables) Pin(char[] nodeChar, int[] firstChild, long[] frequency, double[] weight,
        (int[] RootChild, ulong[] Pairs, int PairShift)? direct)
    {
        var memory = new DictionaryMemory.Pinned(nodeChar, firstChild, frequency, weight, direct?.RootChild, direct?.Pairs);
        var tables = new Tables(memory.Address(nodeChar), memory.Address(firstChild), memory.Address(frequency), memory.Address(weight),
            frequency.Length, direct is { } d ? memory.Address(d.RootChild) : null, direct is { } p ? memory.Address(p.Pairs) : null,
            direct?.Pairs.Length ?? 0, direct?.PairShift ?? 0);
        return (memory, tables);
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
        var rootChild = new int[RootTableLength];
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

    // The tables, for rebuilding a merged dictionary (PrefixDictionaryBuilder.Merge) and for writing them out.
    internal ReadOnlySpan<char> NodeChars => new(_nodeChar, _nodeCount);
    internal ReadOnlySpan<int> FirstChildren => new(_firstChild, _nodeCount + 1);
    internal ReadOnlySpan<long> Frequencies => new(_frequency, _nodeCount);
    internal ReadOnlySpan<double> Weights => new(_weight, _nodeCount);
    internal bool HasDirectTables => _rootChild != null;
    /// <summary>Empty without <see cref="HasDirectTables"/>, as are <see cref="Pairs"/>.</summary>
    internal ReadOnlySpan<int> RootChildren => _rootChild == null ? [] : new(_rootChild, RootTableLength);
    internal ReadOnlySpan<ulong> Pairs => new(_pairs, _pairCount);
    internal int PairShift => _pairShift;

    /// <summary>The <see cref="WeightOf"/> a node has when it is only a prefix of words.</summary>
    public const double NotAWord = double.PositiveInfinity;

    /// <summary>The sum of the frequencies of every entry ever added (jieba's <c>total</c>).</summary>
    public long Total { get; }

    public double LogTotal { get; }

    /// <summary>The score of a character that is not a word: <c>log(1) - log(total)</c>.</summary>
    public double UnknownWeight { get; }

    /// <summary>Nodes in the trie, root included; one per distinct word or prefix, plus one.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>The node reached from the root by <paramref name="c"/>, or 0 when no entry starts with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c)
    {
        var node = _rootChild != null ? _rootChild[c] : SearchChildren(0, c);
        GC.KeepAlive(this); // the tables live as long as this object: not released while read
        return node;
    }

    /// <summary>The node of the two-character prefix <paramref name="first"/><paramref name="second"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Pair(char first, char second)
    {
        var pairs = _pairs;
        if (pairs == null)
        {
            var node = Root(first);
            return node == 0 ? 0 : SearchChildren(node, second);
        }
        var key = (uint)first << 16 | second;
        var mask = _pairCount - 1;
        var slot = PairSlot(key, _pairShift);
        while (true)
        {
            var entry = pairs[slot];
            if (entry == 0 || (uint)(entry >> 32) == key)
            {
                GC.KeepAlive(this);
                return (int)(uint)entry;
            }
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
        var found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = chars[mid];
            if (m == c)
            {
                found = mid;
                break;
            }
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }
        GC.KeepAlive(this);
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long FrequencyOf(int node)
    {
        var frequency = _frequency[node];
        GC.KeepAlive(this);
        return frequency;
    }

    /// <summary><c>log(freq) - log(total)</c> for a word node, <see cref="NotAWord"/> for a bare prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double WeightOf(int node)
    {
        var weight = _weight[node];
        GC.KeepAlive(this);
        return weight;
    }

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
        return node == 0 ? -1 : FrequencyOf(node);
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
        var firstChild = FirstChildren;
        var nodeChar = NodeChars;
        var frequency = Frequencies;
        for (var child = firstChild[1] - 1; child >= firstChild[0]; child--) stack.Push((child, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth >= path.Length) Array.Resize(ref path, path.Length * 2);
            path[depth] = nodeChar[node];
            var isLeaf = firstChild[node] == firstChild[node + 1];
            if (frequency[node] != 0 || isLeaf) entries.Add(path.AsSpan(0, depth + 1), frequency[node]);
            for (var child = firstChild[node + 1] - 1; child >= firstChild[node]; child--) stack.Push((child, depth + 1));
        }
        GC.KeepAlive(this);
        return entries;
    }
}

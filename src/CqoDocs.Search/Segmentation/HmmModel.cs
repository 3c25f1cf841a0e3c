using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// jieba's finalseg hidden Markov model: four states (Begin, Middle, End, Single character of a word) with
/// start, transition and emission log probabilities. Missing entries are <see cref="MinFloat"/>, as in
/// finalseg. Emissions are kept only for the characters the HMM is ever asked about (U+4E00–U+9FD5).
/// </summary>
internal sealed class HmmModel
{
    public const double MinFloat = -3.14e100;

    public const int B = 0, M = 1, E = 2, S = 3;
    private const string StateLetters = "BMES";

    private readonly double[] _start = new double[4];
    private readonly double[] _transition = new double[16];
    private readonly double[] _emission;

    private HmmModel()
    {
        Array.Fill(_start, MinFloat);
        Array.Fill(_transition, MinFloat);
        _emission = new double[(JiebaCharClasses.HanLast - JiebaCharClasses.HanFirst + 1) * 4];
        Array.Fill(_emission, MinFloat);
    }

    public double Start(int state) => _start[state];

    public double Transition(int from, int to) => _transition[from * 4 + to];

    /// <summary>The emission row of a Han character: four log probabilities, indexed by state.</summary>
    public ReadOnlySpan<double> Emissions(char han) => _emission.AsSpan((han - JiebaCharClasses.HanFirst) * 4, 4);

    /// <summary>The three tables end to end (start, transition, emission), for <see cref="SegmenterCacheFormat"/>.</summary>
    internal double[] ToArray() => [.. _start, .. _transition, .. _emission];

    /// <summary>The model <see cref="ToArray"/> gave, or null when <paramref name="values"/> has the wrong length.</summary>
    internal static HmmModel? FromArray(ReadOnlySpan<double> values)
    {
        var model = new HmmModel();
        if (values.Length != model._start.Length + model._transition.Length + model._emission.Length) return null;
        values[..4].CopyTo(model._start);
        values[4..20].CopyTo(model._transition);
        values[20..].CopyTo(model._emission);
        return model;
    }

    /// <summary>The model bundled with jieba 0.42.1.</summary>
    public static HmmModel LoadBundled() => Parse(
        LexiconResources.ReadAllBytes(LexiconResources.HmmStart),
        LexiconResources.ReadAllBytes(LexiconResources.HmmTransition),
        LexiconResources.ReadAllBytes(LexiconResources.HmmEmission));

    /// <summary>
    /// Reads the three tables: UTF-8, tab-separated, <c>#</c> comment lines, log probabilities written as
    /// Python prints doubles, so parsing gives back jieba's exact values. Parsed straight from the bytes,
    /// as the 35,000 emission rows sit on the start-up path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HmmModel Parse(ReadOnlySpan<byte> start, ReadOnlySpan<byte> transition, ReadOnlySpan<byte> emission)
    {
        var model = new HmmModel();
        while (NextRow(ref start, 2, "hmm_start", out var row))
        {
            model._start[State(row.First)] = Number(row.Last, "hmm_start");
        }
        while (NextRow(ref transition, 3, "hmm_trans", out var row))
        {
            model._transition[State(row.First) * 4 + State(row.Second)] = Number(row.Last, "hmm_trans");
        }
        while (NextRow(ref emission, 3, "hmm_emit", out var row))
        {
            // Only Han characters reach the HMM (the table also has U+2236, which never does).
            if (Rune.DecodeFromUtf8(row.Second, out var rune, out var used) != OperationStatus.Done
                || used != row.Second.Length || !rune.IsBmp || !JiebaCharClasses.IsHan((char)rune.Value)) continue;
            model._emission[(rune.Value - JiebaCharClasses.HanFirst) * 4 + State(row.First)] = Number(row.Last, "hmm_emit");
        }
        return model;
    }

    /// <summary>A data line's tab-separated fields: the first, the second (when there are three), the last.</summary>
    private ref struct Row
    {
        public ReadOnlySpan<byte> First;
        public ReadOnlySpan<byte> Second;
        public ReadOnlySpan<byte> Last;
    }

    /// <summary>Takes the next data line off <paramref name="table"/>; false at the end.</summary>
    private static bool NextRow(ref ReadOnlySpan<byte> table, int fieldCount, string name, out Row row)
    {
        row = default;
        while (!table.IsEmpty)
        {
            var end = table.IndexOf((byte)'\n');
            var line = end < 0 ? table : table[..end];
            table = end < 0 ? default : table[(end + 1)..];
            if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
            if (line.IsEmpty || line[0] == '#') continue;

            var tab = line.IndexOf((byte)'\t');
            if (tab < 0) throw Malformed(name);
            row.First = line[..tab];
            line = line[(tab + 1)..];
            if (fieldCount == 3)
            {
                tab = line.IndexOf((byte)'\t');
                if (tab < 0) throw Malformed(name);
                row.Second = line[..tab];
                line = line[(tab + 1)..];
            }
            if (line.Contains((byte)'\t')) throw Malformed(name);
            row.Last = line;
            return true;
        }
        return false;
    }

    private static InvalidDataException Malformed(string name) => new($"{name}: a row has the wrong number of tab-separated fields");

    private static int State(ReadOnlySpan<byte> letter) =>
        letter.Length == 1 && StateLetters.Contains((char)letter[0])
            ? StateLetters.IndexOf((char)letter[0])
            : throw new InvalidDataException($"unknown HMM state \"{Encoding.UTF8.GetString(letter)}\"");

    private static double Number(ReadOnlySpan<byte> text, string name) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{name}: \"{Encoding.UTF8.GetString(text)}\" is not a number");
}

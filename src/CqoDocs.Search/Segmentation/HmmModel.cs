using System.Globalization;
using System.Runtime.CompilerServices;

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

    /// <summary>The model bundled with jieba 0.42.1.</summary>
    public static HmmModel LoadBundled() => Parse(
        LexiconResources.ReadAllText(LexiconResources.HmmStart),
        LexiconResources.ReadAllText(LexiconResources.HmmTransition),
        LexiconResources.ReadAllText(LexiconResources.HmmEmission));

    /// <summary>Reads the three tables (tab-separated, <c>#</c> comment lines, probabilities as logarithms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HmmModel Parse(string start, string transition, string emission)
    {
        var model = new HmmModel();
        foreach (var line in start.AsSpan().EnumerateLines())
        {
            if (!Row(line, out var state, out var value, "hmm_start")) continue;
            model._start[State(state)] = Number(value);
        }
        foreach (var line in transition.AsSpan().EnumerateLines())
        {
            if (!Row(line, out var from, out var rest, "hmm_trans")) continue;
            if (!Row(rest, out var to, out var value, "hmm_trans")) throw Malformed("hmm_trans", line);
            model._transition[State(from) * 4 + State(to)] = Number(value);
        }
        foreach (var line in emission.AsSpan().EnumerateLines())
        {
            if (!Row(line, out var state, out var rest, "hmm_emit")) continue;
            if (!Row(rest, out var character, out var value, "hmm_emit")) throw Malformed("hmm_emit", line);
            // Other characters (the table has one, U+2236) never reach the HMM.
            if (character.Length != 1 || !JiebaCharClasses.IsHan(character[0])) continue;
            model._emission[(character[0] - JiebaCharClasses.HanFirst) * 4 + State(state)] = Number(value);
        }
        return model;
    }

    /// <summary>Splits a line at its first tab; false for blank and comment lines.</summary>
    private static bool Row(ReadOnlySpan<char> line, out ReadOnlySpan<char> first, out ReadOnlySpan<char> rest, string table)
    {
        first = rest = default;
        if (line.IsEmpty || line[0] == '#') return false;
        var tab = line.IndexOf('\t');
        if (tab < 0) throw Malformed(table, line);
        first = line[..tab];
        rest = line[(tab + 1)..];
        return true;
    }

    private static InvalidDataException Malformed(string table, ReadOnlySpan<char> line) =>
        new($"{table}: malformed row \"{line.ToString()}\"");

    private static int State(ReadOnlySpan<char> letter) =>
        letter.Length == 1 && StateLetters.Contains(letter[0])
            ? StateLetters.IndexOf(letter[0])
            : throw new InvalidDataException($"unknown HMM state \"{letter.ToString()}\"");

    private static double Number(ReadOnlySpan<char> text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

using System.Globalization;

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
    public static HmmModel Parse(string start, string transition, string emission)
    {
        var model = new HmmModel();
        foreach (var fields in Rows(start, 2, "hmm_start")) model._start[State(fields[0])] = Number(fields[1]);
        foreach (var fields in Rows(transition, 3, "hmm_trans"))
        {
            model._transition[State(fields[0]) * 4 + State(fields[1])] = Number(fields[2]);
        }
        foreach (var fields in Rows(emission, 3, "hmm_emit"))
        {
            if (fields[1].Length != 1 || !JiebaCharClasses.IsHan(fields[1][0])) continue;
            model._emission[(fields[1][0] - JiebaCharClasses.HanFirst) * 4 + State(fields[0])] = Number(fields[2]);
        }
        return model;
    }

    private static IEnumerable<string[]> Rows(string table, int fieldCount, string name)
    {
        foreach (var line in table.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            var fields = trimmed.Split('\t');
            if (fields.Length != fieldCount) throw new InvalidDataException($"{name}: expected {fieldCount} fields in \"{trimmed}\"");
            yield return fields;
        }
    }

    private static int State(string letter) =>
        letter.Length == 1 && StateLetters.Contains(letter[0])
            ? StateLetters.IndexOf(letter[0])
            : throw new InvalidDataException($"unknown HMM state \"{letter}\"");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

using ZstdSharp;

namespace CqoDocs.Search.Index;

/// <summary>
/// A Zstandard dictionary trained on the first blocks of an index's unit texts, so each small block
/// (<see cref="UnitTexts"/>) need not spell out again the phrasing its corpus repeats everywhere: the
/// article numbering, the boilerplate of notices, the common words. Blocks stay small, so reading a hit's
/// text costs what it did.
/// </summary>
internal static class TextDictionary
{
    /// <summary>The dictionary's size: Zstandard's advice is a sample of about a hundred times it.</summary>
    public const int Capacity = 64 << 10;

    /// <summary>Plain block bytes collected before training: more trains a little better and slower.</summary>
    public const int SampleBytes = 4 << 20;

    /// <summary>Below this a dictionary would cost about what it saves, and training may fail for lack of samples.</summary>
    public const int MinSampleBytes = 512 << 10;

    /// <summary>The dictionary trained on <paramref name="blocks"/>; null when they are too few to train one.</summary>
    public static byte[]? Train(IReadOnlyList<byte[]> blocks)
    {
        if (blocks.Sum(b => (long)b.Length) < MinSampleBytes) return null;
        try
        {
            return DictBuilder.TrainFromBuffer(blocks, Capacity).ToArray();
        }
        catch (ZstdException)
        {
            // Samples Zstandard finds nothing to learn from (too uniform or too few): blocks go without one.
            return null;
        }
    }
}

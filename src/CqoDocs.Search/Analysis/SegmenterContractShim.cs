// TEMPORARY: the segmenter contract of BRIEF.md, implemented crudely (one token per Han character) so the
// index, queries and CLI compile and run until branch `seg` is merged. DELETE this file at that merge.
namespace CqoDocs.Search.Segmentation
{
    public readonly record struct Token(string Text, int Start, int End);

    public enum SegmentMode { Precise, Search }

    public sealed class SegmenterBuilder
    {
        public SegmenterBuilder AddDomainLexicon() => this;
        public Segmenter Build() => new();
    }

    public sealed class Segmenter
    {
        public IEnumerable<Token> Cut(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
        {
            var i = 0;
            while (i < text.Length)
            {
                var end = i + 1;
                if (char.IsAsciiLetterOrDigit(text[i])) while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
                yield return new Token(text[i..end], i, end);
                i = end;
            }
        }
    }
}

namespace CqoDocs.Search.Normalisation
{
    public static class ScriptNormaliser
    {
        public static string ToSimplified(string text) => text;
    }
}

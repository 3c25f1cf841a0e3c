using System.Text.Json;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

internal static class TokenAssert
{
    /// <summary>Equal token lists, or a failure that shows the first difference with some context.</summary>
    public static void SameTokens(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var count = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < count; i++)
        {
            if (expected[i] != actual[i]) Assert.Fail(Describe(expected, actual, i));
        }
        if (expected.Count != actual.Count) Assert.Fail(Describe(expected, actual, count));
    }

    /// <summary>Lucene's AssertAnalyzesTo: every token is exactly the text between its offsets.</summary>
    public static void OffsetsMatch(string text, IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= 0 && token.End <= text.Length && token.Start < token.End, $"bad offsets {token}");
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }

    private static string Describe(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int index)
    {
        static string Window(IReadOnlyList<string> tokens, int index) =>
            string.Join(" | ", tokens.Skip(Math.Max(0, index - 5)).Take(10).Select(t => JsonSerializer.Serialize(t)));
        return $"first difference at token {index} (expected {expected.Count} tokens, got {actual.Count})\n"
            + $"  expected: {Window(expected, index)}\n  actual:   {Window(actual, index)}";
    }
}

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// finalseg's <c>cut</c>: segments a run of characters that the dictionary left as single characters. Han
/// runs go through the HMM (a word ends at each E or S state); everything else is split by
/// <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>, matches and the text between them each emitted whole. A word the user
/// added with frequency 0 is never produced by the HMM; it is emitted character by character
/// (<c>Force_Split_Words</c>).
/// </summary>
internal sealed class HmmSegmenter
{
    /// <summary>Read on the first Han run the dictionary leaves unknown: many searches never need it.</summary>
    private readonly Lazy<HmmModel> _model;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _forceSplit;

    public HmmSegmenter(HmmModel model, IReadOnlySet<string> forceSplitWords)
        : this(new Lazy<HmmModel>(model), forceSplitWords)
    {
    }

    public HmmSegmenter(Lazy<HmmModel> model, IReadOnlySet<string> forceSplitWords)
    {
        _model = model;
        if (forceSplitWords.Count > 0)
        {
            _forceSplit = new HashSet<string>(forceSplitWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>Appends the words of <paramref name="text"/>, at <paramref name="offset"/> + their position.</summary>
    public void Cut(ReadOnlySpan<char> text, int offset, TokenBuffer output, SegmentScratch scratch)
    {
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (JiebaCharClasses.IsHan(text[i]))
            {
                while (j < text.Length && JiebaCharClasses.IsHan(text[j])) j++;
                CutHan(text[i..j], offset + i, output, scratch);
            }
            else
            {
                while (j < text.Length && !JiebaCharClasses.IsHan(text[j])) j++;
                CutOther(text[i..j], offset + i, output);
            }
            i = j;
        }
    }

    private void CutHan(ReadOnlySpan<char> han, int offset, TokenBuffer output, SegmentScratch scratch)
    {
        var states = scratch.States(han.Length);
        ViterbiDecoder.Decode(_model.Value, han, states, scratch.BackPointers(han.Length));
        int begin = 0, next = 0;
        for (var i = 0; i < han.Length; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    EmitWord(han, begin, i + 1, offset, output);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    output.Add(offset + i, offset + i + 1);
                    next = i + 1;
                    break;
            }
        }
        if (next < han.Length) EmitWord(han, next, han.Length, offset, output);
    }

    private void EmitWord(ReadOnlySpan<char> han, int start, int end, int offset, TokenBuffer output)
    {
        if (_forceSplit is { } forceSplit && forceSplit.Contains(han[start..end]))
        {
            for (var i = start; i < end; i++) output.Add(offset + i, offset + i + 1);
            return;
        }
        output.Add(offset + start, offset + end);
    }

    /// <summary><c>re_skip.split</c>: numbers and Latin words whole, and whatever lies between them whole.</summary>
    private static void CutOther(ReadOnlySpan<char> text, int offset, TokenBuffer output)
    {
        var gapStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var end = MatchEnd(text, i);
            if (gapStart < i) output.Add(offset + gapStart, offset + i);
            output.Add(offset + i, offset + end);
            i = gapStart = end;
        }
        if (gapStart < text.Length) output.Add(offset + gapStart, offset + text.Length);
    }

    /// <summary>The end of <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c> starting at <paramref name="start"/>.</summary>
    private static int MatchEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
        // \d is Unicode-aware in Python, but this text holds only jieba block characters: ASCII digits.
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i < text.Length && text[i] == '%') i++;
        return i;
    }
}

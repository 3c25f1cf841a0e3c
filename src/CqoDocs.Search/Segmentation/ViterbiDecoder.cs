namespace CqoDocs.Search.Segmentation;

/// <summary>
/// finalseg's <c>viterbi</c>: the most likely B/M/E/S state of each character of a run of Han characters.
/// Reproduces jieba's arithmetic and tie-breaking exactly: sums are formed as
/// <c>(previous + transition) + emission</c>, each state keeps its best predecessor among the allowed ones
/// (B←E,S; M←M,B; S←S,E; E←B,M) and on equal scores Python's tuple comparison picks the later letter in
/// the alphabet (S over E, M over B); the last state is E or S, S on a tie. Ties are common: adding small
/// numbers to the −3.14e100 floor leaves it unchanged.
/// </summary>
internal static class ViterbiDecoder
{
    private const int B = HmmModel.B, M = HmmModel.M, E = HmmModel.E, S = HmmModel.S;

    /// <summary>Writes the state of each character of <paramref name="han"/> into <paramref name="states"/>.</summary>
    public static void Decode(HmmModel model, ReadOnlySpan<char> han, Span<byte> states, Span<byte> backPointers)
    {
        var first = model.Emissions(han[0]);
        double vB = model.Start(B) + first[B];
        double vM = model.Start(M) + first[M];
        double vE = model.Start(E) + first[E];
        double vS = model.Start(S) + first[S];

        double tBM = model.Transition(B, M), tBE = model.Transition(B, E);
        double tMM = model.Transition(M, M), tME = model.Transition(M, E);
        double tEB = model.Transition(E, B), tES = model.Transition(E, S);
        double tSB = model.Transition(S, B), tSS = model.Transition(S, S);

        for (var t = 1; t < han.Length; t++)
        {
            var em = model.Emissions(han[t]);
            var back = backPointers.Slice(t * 4, 4);

            double fromE = vE + tEB + em[B], fromS = vS + tSB + em[B];
            double nB;
            if (fromS >= fromE) { nB = fromS; back[B] = S; } else { nB = fromE; back[B] = E; }

            double fromM = vM + tMM + em[M], fromB = vB + tBM + em[M];
            double nM;
            if (fromM >= fromB) { nM = fromM; back[M] = M; } else { nM = fromB; back[M] = B; }

            fromS = vS + tSS + em[S];
            fromE = vE + tES + em[S];
            double nS;
            if (fromS >= fromE) { nS = fromS; back[S] = S; } else { nS = fromE; back[S] = E; }

            fromB = vB + tBE + em[E];
            fromM = vM + tME + em[E];
            double nE;
            if (fromM >= fromB) { nE = fromM; back[E] = M; } else { nE = fromB; back[E] = B; }

            vB = nB; vM = nM; vE = nE; vS = nS;
        }

        var state = vS >= vE ? S : E;
        for (var t = han.Length - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            if (t > 0) state = backPointers[t * 4 + state];
        }
    }
}

namespace CqoDocs.Search.Index;

/// <summary>How often each term occurs in each full-text column of one unit, and the unit's length in tokens.</summary>
internal sealed record UnitTermCounts(IReadOnlyDictionary<string, ColumnCounts> Terms, int Length)
{
    public static UnitTermCounts Of(UnitFields fields)
    {
        var terms = new Dictionary<string, ColumnCounts>(StringComparer.Ordinal);
        var length = 0;
        string[] columns = [fields.Heading, fields.Body, fields.Topics, fields.Context];
        for (var c = 0; c < columns.Length; c++)
        {
            foreach (var token in IndexTokens.Of(columns[c]))
            {
                length++;
                terms[token] = terms.GetValueOrDefault(token).Add(c);
            }
        }
        return new UnitTermCounts(terms, length);
    }
}

/// <summary>A term's occurrences in each of the four full-text columns (see <see cref="IndexSchema.FtsColumns"/>).</summary>
internal readonly record struct ColumnCounts(int Heading, int Body, int Topics, int Context)
{
    public int this[int column] => column switch { 0 => Heading, 1 => Body, 2 => Topics, _ => Context };

    public ColumnCounts Add(int column) => column switch
    {
        0 => this with { Heading = Heading + 1 },
        1 => this with { Body = Body + 1 },
        2 => this with { Topics = Topics + 1 },
        _ => this with { Context = Context + 1 },
    };
}

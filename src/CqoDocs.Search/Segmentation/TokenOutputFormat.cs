namespace CqoDocs.Search.Segmentation;

internal enum TokenOutputFormat
{
    /// <summary>One token a line, whitespace tokens left out.</summary>
    Text,

    /// <summary>One JSON string a line, every token, byte for byte as Python's <c>json.dumps(token, ensure_ascii=False)</c>.</summary>
    JsonLines,

    /// <summary>A JSON array of <c>{"text", "start", "end"}</c> objects, offsets in UTF-16 units of the whole input.</summary>
    Json,
}

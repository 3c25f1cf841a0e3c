using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>A document's <see cref="ValidityFacts"/> as one JSON value, as the index stores them beside its metadata.</summary>
public static class ValidityFactsJson
{
    public static string Write(ValidityFacts facts) => JsonSerializer.Serialize(facts, ValidityFactsJsonContext.Default.ValidityFacts);

    /// <summary>The facts, or null when the text is not facts this version wrote (the index then reads as stale).</summary>
    public static ValidityFacts? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ValidityFactsJsonContext.Default.ValidityFacts);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

// Generated at compile time: no reflection on the search path, which starts cold on every command.
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidityFacts))]
internal sealed partial class ValidityFactsJsonContext : JsonSerializerContext;

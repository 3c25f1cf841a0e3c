using System.Globalization;
using System.Text;
using System.Text.Json;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// A document's <see cref="ValidityFacts"/> as one JSON value, as the index stores them beside its metadata.
/// Written and read field by field with <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/> rather
/// than the serializer: every search reads these cold, and the serializer's generic metadata costs a cold
/// process hundreds of methods compiled at run time (tens of milliseconds) where these readers are precompiled.
/// Fields are named as the properties; null ones are left out; a status is its name.
/// </summary>
public static class ValidityFactsJson
{
    public static string Write(ValidityFacts facts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Date(json, nameof(ValidityFacts.From), facts.From);
            json.WriteBoolean(nameof(ValidityFacts.EffectiveStated), facts.EffectiveStated);
            Date(json, nameof(ValidityFacts.Until), facts.Until);
            json.WriteBoolean(nameof(ValidityFacts.Trial), facts.Trial);
            if (facts.PeriodSource is { } period)
            {
                json.WritePropertyName(nameof(ValidityFacts.PeriodSource));
                Span(json, period);
            }
            json.WriteBoolean(nameof(ValidityFacts.NotARule), facts.NotARule);
            json.WriteBoolean(nameof(ValidityFacts.RepealsOnly), facts.RepealsOnly);
            Documents(json, nameof(ValidityFacts.Repeals), facts.Repeals);
            Documents(json, nameof(ValidityFacts.Basis), facts.Basis);
            if (facts.Declared is { } declared) Declared(json, declared);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The facts, or null when the text is not facts this version wrote (the index then reads as stale).</summary>
    public static ValidityFacts? Read(string text)
    {
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return null;
            var facts = new ValidityFacts();
            while (Property(ref json) is { } name)
            {
                facts = name switch
                {
                    nameof(ValidityFacts.From) => facts with { From = Date(ref json) },
                    nameof(ValidityFacts.EffectiveStated) => facts with { EffectiveStated = json.GetBoolean() },
                    nameof(ValidityFacts.Until) => facts with { Until = Date(ref json) },
                    nameof(ValidityFacts.Trial) => facts with { Trial = json.GetBoolean() },
                    nameof(ValidityFacts.PeriodSource) => facts with { PeriodSource = Span(ref json) },
                    nameof(ValidityFacts.NotARule) => facts with { NotARule = json.GetBoolean() },
                    nameof(ValidityFacts.RepealsOnly) => facts with { RepealsOnly = json.GetBoolean() },
                    nameof(ValidityFacts.Repeals) => facts with { Repeals = Documents(ref json) },
                    nameof(ValidityFacts.Basis) => facts with { Basis = Documents(ref json) },
                    nameof(ValidityFacts.Declared) => facts with { Declared = Declared(ref json) },
                    _ => Skipped(ref json, facts),
                };
            }
            return json.Read() ? null : facts;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } day) json.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void Span(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteStartObject();
        json.WriteString(nameof(SourceSpan.UnitLabel), span.UnitLabel);
        json.WriteNumber(nameof(SourceSpan.Start), span.Start);
        json.WriteNumber(nameof(SourceSpan.End), span.End);
        json.WriteString(nameof(SourceSpan.Text), span.Text);
        json.WriteEndObject();
    }

    private static void Documents(Utf8JsonWriter json, string name, IReadOnlyList<NamedDocument> documents)
    {
        json.WriteStartArray(name);
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString(nameof(NamedDocument.Title), document.Title);
            if (document.DocNumber is { } number) json.WriteString(nameof(NamedDocument.DocNumber), number);
            json.WritePropertyName(nameof(NamedDocument.Source));
            Span(json, document.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Declared(Utf8JsonWriter json, DeclaredValidity declared)
    {
        json.WriteStartObject(nameof(ValidityFacts.Declared));
        if (declared.Status is { } status) json.WriteString(nameof(DeclaredValidity.Status), status.ToString());
        Date(json, nameof(DeclaredValidity.Until), declared.Until);
        if (declared.ReplacedBy is { } replacedBy) json.WriteString(nameof(DeclaredValidity.ReplacedBy), replacedBy);
        if (declared.Note is { } note) json.WriteString(nameof(DeclaredValidity.Note), note);
        json.WriteEndObject();
    }

    /// <summary>The next property's name with the reader on its value; null at the end of the object.</summary>
    private static string? Property(ref Utf8JsonReader json)
    {
        if (!json.Read() || json.TokenType == JsonTokenType.EndObject) return null;
        if (json.TokenType != JsonTokenType.PropertyName) throw new JsonException();
        var name = json.GetString();
        if (!json.Read()) throw new JsonException();
        return name;
    }

    private static T Skipped<T>(ref Utf8JsonReader json, T value)
    {
        json.Skip();
        return value;
    }

    private static DateOnly? Date(ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Null ? null : IsoDate.Parse(json.GetString()!);

    private static string? Text(ref Utf8JsonReader json) => json.TokenType == JsonTokenType.Null ? null : json.GetString();

    private static SourceSpan? Span(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.Null) return null;
        if (json.TokenType != JsonTokenType.StartObject) throw new JsonException();
        string? label = null, text = null;
        int start = 0, end = 0;
        while (Property(ref json) is { } name)
        {
            switch (name)
            {
                case nameof(SourceSpan.UnitLabel): label = Text(ref json); break;
                case nameof(SourceSpan.Start): start = json.GetInt32(); break;
                case nameof(SourceSpan.End): end = json.GetInt32(); break;
                case nameof(SourceSpan.Text): text = Text(ref json); break;
                default: json.Skip(); break;
            }
        }
        return label is null || text is null ? throw new JsonException() : new SourceSpan(label, start, end, text);
    }

    private static IReadOnlyList<NamedDocument> Documents(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray) throw new JsonException();
        var documents = new List<NamedDocument>();
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (json.TokenType != JsonTokenType.StartObject) throw new JsonException();
            string? title = null, number = null;
            SourceSpan? source = null;
            while (Property(ref json) is { } name)
            {
                switch (name)
                {
                    case nameof(NamedDocument.Title): title = Text(ref json); break;
                    case nameof(NamedDocument.DocNumber): number = Text(ref json); break;
                    case nameof(NamedDocument.Source): source = Span(ref json); break;
                    default: json.Skip(); break;
                }
            }
            documents.Add(title is null || source is null ? throw new JsonException() : new NamedDocument(title, number, source));
        }
        return documents;
    }

    private static DeclaredValidity? Declared(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.Null) return null;
        if (json.TokenType != JsonTokenType.StartObject) throw new JsonException();
        var declared = new DeclaredValidity();
        while (Property(ref json) is { } name)
        {
            declared = name switch
            {
                nameof(DeclaredValidity.Status) => declared with { Status = Status(Text(ref json)) },
                nameof(DeclaredValidity.Until) => declared with { Until = Date(ref json) },
                nameof(DeclaredValidity.ReplacedBy) => declared with { ReplacedBy = Text(ref json) },
                nameof(DeclaredValidity.Note) => declared with { Note = Text(ref json) },
                _ => Skipped(ref json, declared),
            };
        }
        return declared;
    }

    private static DocumentStatus? Status(string? name) =>
        name is null ? null
        : Enum.TryParse(typeof(DocumentStatus), name, ignoreCase: false, out var status) && Enum.IsDefined(typeof(DocumentStatus), status!)
            ? (DocumentStatus)status!
            : throw new JsonException();
}

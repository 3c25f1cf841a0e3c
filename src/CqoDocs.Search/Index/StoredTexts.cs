using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Index;

/// <summary>
/// Reads units' texts from their documents' blocks (<see cref="UnitTexts"/>) for an open index, by one
/// prepared statement, keeping the last documents unpacked: a page of hits often holds several units of one document.
/// </summary>
internal sealed class StoredTexts
{
    private const int KeptDocuments = 64;

    private readonly SqliteCommand _read;
    private readonly SqliteParameter _doc;
    private readonly LruCache _unpacked = new(KeptDocuments);

    public StoredTexts(SqliteConnection connection)
    {
        _read = connection.CreateCommand();
        _read.CommandText = "SELECT texts FROM unit_texts WHERE doc = $doc";
        _doc = _read.Parameters.Add("$doc", SqliteType.Integer);
        _doc.Value = 0L;
        _read.Prepare();
    }

    /// <summary>The text of the document's unit at <paramref name="ordinal"/>; null when the index has no such unit.</summary>
    public string? Of(long doc, int ordinal)
    {
        if (!_unpacked.TryGet(doc, out var found))
        {
            _doc.Value = doc;
            if (_read.ExecuteScalar() is not byte[] block) return null;
            found = new UnitTexts.Unpacked(block);
            _unpacked.Add(doc, found);
        }
        var texts = (UnitTexts.Unpacked)found;
        return ordinal >= 0 && ordinal < texts.Count ? texts[ordinal] : null;
    }
}

namespace CqoDocs.Search.Index;

/// <summary>
/// The tables of an index file. One row per unit in <c>units</c>, its original text (for display and snippets)
/// in a compressed block of its document's units in <c>unit_texts</c> (with the dictionary in <c>text_dictionaries</c>);
/// the analyzer's words are searched through <c>term_postings</c> only (stored once: no FTS5 table beside
/// them since version 5); <c>documents</c> and <c>unit_topics</c> hold what filters need.
/// Bump <see cref="Version"/> whenever a table or the meaning of a column changes: older files are rebuilt.
/// </summary>
internal static class IndexSchema
{
    public const int Version = 7;

    /// <summary>
    /// SQLite's page size, set before the file's first write. Text blocks and posting lists are rows of a few
    /// hundred bytes to a few kilobytes: on 4 KB pages a 50,000-unit index was a tenth free space. 16 KB pages
    /// pack them tighter (34.2 -> 31.6 MB) with no slower reads; 64 KB ones made reading a hit's text slower.
    /// </summary>
    public const int PageSize = 16384;

    /// <summary>The full-text columns (<see cref="UnitFields"/>), in the order of positions and column weights.</summary>
    public static readonly IReadOnlyList<string> FtsColumns = ["heading", "body", "topics", "context"];

    public const string Create = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE documents (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,
            title       TEXT NOT NULL,
            authority   TEXT,
            doc_number  TEXT,
            date        TEXT,
            year        INTEGER,
            kind        TEXT NOT NULL,
            script      TEXT NOT NULL,
            province    TEXT,
            city        TEXT,
            district    TEXT,
            -- ValidityFacts as JSON: what the document says of its own validity, resolved across documents on reading.
            validity    TEXT NOT NULL,
            -- DocumentHash: what tells an incremental update which documents changed.
            hash        TEXT NOT NULL,
            -- DocumentSource.File (content digest and file name): lets an update leave a document whose file is
            -- unchanged without parsing it. Empty for documents not read from a file.
            source      TEXT NOT NULL,
            -- A document's units have consecutive row ids.
            first_unit  INTEGER NOT NULL,
            units       INTEGER NOT NULL
        );

        CREATE TABLE units (
            id       INTEGER PRIMARY KEY,
            doc      INTEGER NOT NULL REFERENCES documents(id),
            ordinal  INTEGER NOT NULL,
            label    TEXT NOT NULL,
            heading  TEXT,
            topics   TEXT NOT NULL,
            depth    INTEGER NOT NULL,
            length   INTEGER NOT NULL
        );

        -- The units' texts, a few consecutive units of one document to a compressed block (UnitTexts),
        -- keyed by the block's first unit, compressed with a dictionary of text_dictionaries or none (NULL).
        CREATE TABLE unit_texts (
            first_unit  INTEGER PRIMARY KEY,
            texts       BLOB NOT NULL,
            dictionary  INTEGER REFERENCES text_dictionaries(id)
        );

        -- Zstandard dictionaries trained on the first blocks written (TextDictionary); an index has at most one.
        CREATE TABLE text_dictionaries (
            id          INTEGER PRIMARY KEY,
            dictionary  BLOB NOT NULL
        );

        CREATE TABLE unit_topics (
            topic TEXT NOT NULL,
            unit  INTEGER NOT NULL,
            PRIMARY KEY (topic, unit)
        ) WITHOUT ROWID;

        -- Every term's units and per-column counts, and every unit's length in tokens (PostingsCodec):
        -- BM25 computed from these equals FTS5's bm25() over the same columns, which a test keeps as the reference.
        CREATE TABLE term_postings (
            term      TEXT NOT NULL,
            segment   INTEGER NOT NULL,
            units     INTEGER NOT NULL,
            postings  BLOB NOT NULL,
            PRIMARY KEY (term, segment)
        );

        CREATE TABLE unit_lengths (
            first_unit  INTEGER PRIMARY KEY,
            units       INTEGER NOT NULL,
            lengths     BLOB NOT NULL
        );

        CREATE TABLE deleted_units (
            unit  INTEGER PRIMARY KEY
        );
        """;

    public static class MetaKeys
    {
        public const string SchemaVersion = "schema_version";
        public const string AnalyzerVersion = "analyzer_version";
        public const string CorpusHash = "corpus_hash";
        public const string Origin = "origin";
        public const string BuiltAt = "built_at";
        public const string Documents = "documents";
        /// <summary>Units in the index now (removed ones not counted): BM25's number of documents.</summary>
        public const string Units = "units";
        /// <summary>The highest unit and document row ids ever given: the next update continues after them.</summary>
        public const string LastUnit = "last_unit";
        public const string LastDocument = "last_document";
        /// <summary>Segments written so far; the next one gets this number.</summary>
        public const string Segments = "segments";
        /// <summary>Tokens in every full-text column of every unit (removed ones not counted): BM25's average length is this / units.</summary>
        public const string TotalTokens = "total_tokens";
    }
}

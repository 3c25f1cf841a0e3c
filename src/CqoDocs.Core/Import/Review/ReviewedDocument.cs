using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Review;

/// <summary>
/// A document read from an upload and shown for review before it is saved: what the pipeline extracted
/// (as corrected so far), the upload's name, the key of the input it came from (<see cref="ImportStamp"/>:
/// how a later save of the same upload finds its file) and what the user should check by hand.
/// </summary>
internal sealed record ReviewedDocument(Document Document, string Source, string InputKey, IReadOnlyList<string> Warnings);

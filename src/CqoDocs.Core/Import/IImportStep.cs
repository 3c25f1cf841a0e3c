namespace CqoDocs.Core.Import;

/// <summary>
/// One small step of the import pipeline. Steps keep no state of their own: the same instance runs on
/// many drafts, possibly at once, and reads and writes only the draft it is given.
/// </summary>
internal interface IImportStep
{
    void Run(ImportDraft draft);
}

using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Review;

/// <summary>
/// Saves reviewed documents into a corpus folder through <see cref="CorpusWriter"/>, as <c>cqodocs import</c>
/// does: under the folder's lock, all or nothing, the file saved from the same upload before is replaced
/// (unless corrected by hand since), any other file is left alone and the document takes the next free id.
/// A new document's id follows the corrected metadata (region, year, kind); a document saved before keeps
/// the id it was saved under, so a second correction replaces that file instead of leaving it beside a new one.
/// </summary>
internal static class ReviewedSave
{
    /// <param name="force">Replace the file saved from the same upload even when it was corrected by hand since.</param>
    /// <param name="forceHint">How the user asks for <paramref name="force"/>, for the refusal.</param>
    public static IReadOnlyList<WrittenDocument> Save(IReadOnlyList<ReviewedDocument> documents, string folder, bool force = false, string forceHint = "确要覆盖请加 --force")
    {
        foreach (var reviewed in documents)
        {
            if (ReviewCheck.Check(reviewed.Document).FirstOrDefault() is { } problem)
                throw new CqoDocsException(problem.Message, reviewed.Source, field: problem.Field);
        }
        var existing = ExistingCorpus.Read(folder);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outcomes = documents.Select(r =>
        {
            var proposed = existing.IdFrom(r.InputKey) ?? DocumentIdProposer.Propose(r.Document);
            var id = CorpusImporter.UniqueId(proposed, taken);
            taken.Add(id);
            return new ImportOutcome(r.Source, r.Document with { Id = id, Source = r.Source }, null, InputKey: r.InputKey, ProposedId: proposed);
        }).ToList();
        return CorpusWriter.WriteAll(outcomes, folder, inputs: [], force, forceHint);
    }
}

namespace CqoDocs.Web;

/// <summary>Where the workbench reads from: the same places the command line uses.</summary>
/// <param name="HomeDirectory">CQODOCS_HOME or the per-user data folder: the index and the user's library.</param>
/// <param name="CorpusDirectory">A corpus folder that replaces the bundled corpus and the library, or null.</param>
public sealed record WorkbenchOptions(string HomeDirectory, string? CorpusDirectory = null);

namespace CqoDocs.Core.Corpus;

/// <summary>
/// The user's own library: the folder in the data folder (CQODOCS_HOME or the per-user folder, beside the
/// index) that `import` adds to and every command reads together with the bundled corpus.
/// </summary>
public static class UserLibrary
{
    public static string FolderIn(string homeDirectory) => Path.Combine(homeDirectory, "library");

    /// <summary>How messages name the bundled corpus plus a library.</summary>
    public static string Origin(string libraryDirectory) => $"{CorpusLoader.BundledOrigin} + {Path.GetFullPath(libraryDirectory)}";
}

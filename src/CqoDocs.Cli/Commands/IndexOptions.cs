using System.CommandLine;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;

namespace CqoDocs.Cli.Commands;

/// <summary>Where the index lives and what it indexes: shared by index and search.</summary>
internal static class IndexOptions
{
    public static Option<string?> IndexFile() => new("--index")
    {
        Description = "索引文件（默认：CQODOCS_HOME 或用户数据文件夹下的 index/，每个语料库一个文件）",
        HelpName = "FILE",
    };

    /// <summary>The index of the corpus the options name (--corpus, CQODOCS_CORPUS, else the bundled one plus the library).</summary>
    public static IndexStore Store(CliContext context, string? corpusOption, string? indexOption)
    {
        var folder = context.CorpusFolder(corpusOption);
        var source = context.CorpusSource(corpusOption);
        var named = !string.IsNullOrWhiteSpace(indexOption);
        var path = named ? context.ResolvePath(indexOption!) : CorpusSources.DefaultIndexPath(context.HomeDirectory, folder);
        // A file the user names may hold anything; our own index folder holds only indexes.
        return new IndexStore(path, source, StandardAnalyzer.Version, () => StandardAnalyzer.Shared, pathIsOurs: !named);
    }
}

using System.Text;
using System.Text.Json;

namespace CqoDocs.Search.Tests.Segmentation;

/// <summary>
/// Finds the golden files made by Python jieba 0.42.1 (copied next to the test assembly): <c>NAME.s.txt</c>
/// is the input, <c>NAME.precise.jsonl</c> / <c>NAME.search.jsonl</c> hold one JSON string per token.
/// </summary>
internal static class ReferenceFiles
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Segmentation", name);

    /// <summary>The case names in a folder: every <c>*.s.txt</c> without that suffix.</summary>
    public static TheoryData<string> Names(string folder) => new(NameList(folder));

    public static IReadOnlyList<string> NameList(string folder) =>
        Directory.GetFiles(Folder(folder), "*.s.txt").Order(StringComparer.Ordinal)
            .Select(path => Path.GetFileName(path)[..^".s.txt".Length])
            .ToList();

    public static string Input(string folder, string name) => File.ReadAllText(Path.Combine(Folder(folder), name + ".s.txt"), Encoding.UTF8);

    public static string Expected(string folder, string name, string kind) =>
        File.ReadAllText(Path.Combine(Folder(folder), $"{name}.{kind}.jsonl"), Encoding.UTF8);

    public static IReadOnlyList<string> ExpectedTokens(string folder, string name, string kind) =>
        Expected(folder, name, kind).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<string>(line)!)
            .ToList();
}

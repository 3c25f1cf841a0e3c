using System.Collections.Concurrent;

namespace CqoDocs.Core.Templates;

/// <summary>
/// The templates that travel inside the assembly (templates/*.docx) with their example data
/// (templates/examples/NAME.yaml). A TEMPLATE argument is one of these names or a path to a .docx.
/// </summary>
internal static class BundledTemplates
{
    private const string Folder = "templates/";
    private const string ExamplesFolder = "templates/examples/";
    private static readonly ConcurrentDictionary<string, DocxTemplate> Loaded = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = typeof(BundledTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Folder, StringComparison.Ordinal) && !n.StartsWith(ExamplesFolder, StringComparison.Ordinal) && n.EndsWith(".docx", StringComparison.Ordinal))
        .Select(n => n[Folder.Length..^".docx".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static bool Exists(string name) => Names.Contains(name);

    public static DocxTemplate Get(string name) => Loaded.GetOrAdd(name, n => DocxTemplate.Load(ReadResource($"{Folder}{n}.docx", n), n));

    /// <summary>The example data shipped for a bundled template, as YAML text; null when there is none.</summary>
    public static string? ExampleYaml(string name)
    {
        using var stream = typeof(BundledTemplates).Assembly.GetManifestResourceStream($"{ExamplesFolder}{name}.yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A bundled name, else a path to a .docx/.dotx; anything else is an unknown template.</summary>
    public static DocxTemplate Resolve(string nameOrPath, string workingDirectory)
    {
        if (Exists(nameOrPath)) return Get(nameOrPath);
        var path = Path.GetFullPath(nameOrPath, workingDirectory);
        if (File.Exists(path)) return DocxTemplate.LoadFile(path);
        throw new CqoDocsException($"没有这个模板：可用的模板有 {string.Join("、", Names)}，也可以给出 .docx 文件的路径", field: nameOrPath);
    }

    private static byte[] ReadResource(string resource, string name)
    {
        using var stream = typeof(BundledTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new CqoDocsException("没有这个模板", field: name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

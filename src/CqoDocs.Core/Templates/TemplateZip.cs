using System.IO.Compression;

namespace CqoDocs.Core.Templates;

/// <summary>
/// A batch as one .zip: every entry is checked and filled in memory first, and the archive is written only
/// when all succeeded, so a bad entry leaves nothing half-written. Files are named as <see cref="TemplateBatch"/>
/// names them in a folder (TEMPLATE-001.docx …, or by the value of a field).
/// </summary>
internal static class TemplateZip
{
    /// <summary>Writes the archive to <paramref name="output"/>, or nothing and returns every problem.</summary>
    public static IReadOnlyList<EntryProblem> Write(DocxTemplate template, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries,
        Stream output, string? nameBy, WordSplitter? words)
    {
        var names = TemplateBatch.FileNames(template.Name, entries, nameBy, ".docx");
        var problems = new List<EntryProblem>();
        var documents = new List<byte[]>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var found = DataChecker.Check(template.Outline, entries[i]);
            if (found.Count == 0)
            {
                try
                {
                    documents.Add(template.Render(entries[i], words));
                }
                catch (CqoDocsException e)
                {
                    found = [new DataProblem(e.Field ?? "模板", e.Message)];
                }
            }
            problems.AddRange(found.Select(p => new EntryProblem(i + 1, null, p)));
        }
        if (problems.Count > 0) return problems;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < documents.Count; i++)
        {
            // Word documents are zips already: storing them again saves time and costs almost no space.
            using var stream = zip.CreateEntry(names[i], CompressionLevel.NoCompression).Open();
            stream.Write(documents[i]);
        }
        return [];
    }
}

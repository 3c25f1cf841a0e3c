using CqoDocs.Core.IO;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Fills one template with many data entries into a folder, all or nothing: every document is rendered
/// into a temporary file beside its target first, and only when all succeeded are they moved into place.
/// A failure deletes the temporary files, so an earlier run's documents are left as they were.
/// </summary>
internal static class TemplateBatch
{
    /// <param name="nameBy">A data path whose value names each file; null names them TEMPLATE-001.docx …</param>
    /// <param name="progress">Called after each document with the number done so far.</param>
    public static IReadOnlyList<string> Write(DocxTemplate template, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries,
        string folder, string? nameBy, Action<int>? progress = null)
    {
        Directory.CreateDirectory(folder);
        var names = FileNames(template.Name, entries, nameBy);
        var written = new List<(string Temp, string Target)>();
        try
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var target = Path.Combine(folder, names[i]);
                var temp = AtomicFile.TempPathBeside(target);
                written.Add((temp, target));
                try
                {
                    using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
                    template.Render(entries[i], stream);
                }
                catch (CqoDocsException e)
                {
                    throw new CqoDocsException($"第 {i + 1} 项数据：{e.Message}", e.File, e.Line, e.Field, e);
                }
                progress?.Invoke(i + 1);
            }
            foreach (var (temp, target) in written) File.Move(temp, target, overwrite: true);
            return written.Select(w => w.Target).ToList();
        }
        catch
        {
            foreach (var (temp, _) in written) AtomicFile.TryDelete(temp);
            throw;
        }
    }

    private static List<string> FileNames(string templateName, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string? nameBy)
    {
        var stem = Path.GetFileNameWithoutExtension(templateName);
        var width = Math.Max(3, entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var name = $"{stem}-{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}";
            if (nameBy is not null)
            {
                var scope = new DataScope(entries[i]);
                if (!scope.TryResolve(nameBy, out var value) || DataScope.AsList(value) is not null || value is IReadOnlyDictionary<string, object?>)
                {
                    throw new CqoDocsException($"第 {i + 1} 项数据没有用来命名文件的字段“{nameBy}”", field: nameBy);
                }
                name = SafeFileName(ValueFormatter.Format(value, null, m => new CqoDocsException(m)));
                if (name.Length == 0) throw new CqoDocsException($"第 {i + 1} 项数据的“{nameBy}”是空的，不能用作文件名", field: nameBy);
            }
            var unique = name;
            for (var n = 2; !used.Add(unique); n++) unique = $"{name}-{n}";
            names.Add(unique + ".docx");
        }
        return names;
    }

    private static string SafeFileName(string text)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(text.Trim().Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
    }
}

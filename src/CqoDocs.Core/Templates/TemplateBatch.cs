using CqoDocs.Core.IO;

namespace CqoDocs.Core.Templates;

/// <summary>One thing wrong with one entry of a batch (entry numbers from 1).</summary>
internal sealed record EntryProblem(int Entry, string? Name, DataProblem Problem)
{
    public override string ToString() => Name is null ? $"第 {Entry} 项：{Problem}" : $"第 {Entry} 项（{Name}）：{Problem}";
}

/// <summary>
/// Fills one template with many data entries into a folder, all or nothing: every entry is checked
/// (<see cref="DataChecker"/>) and rendered into a temporary file beside its target first, and only when
/// all succeeded are they moved into place. The problems of every bad entry are collected, not just the
/// first; with <c>skipInvalid</c> the good entries are still written. A failure deletes the temporary
/// files, so an earlier run's documents are left as they were.
/// </summary>
internal static class TemplateBatch
{
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<EntryProblem> Problems);

    /// <summary>Writes every entry or none; throws on the first problem. What the benchmark measures.</summary>
    public static IReadOnlyList<string> Write(DocxTemplate template, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries,
        string folder, string? nameBy, Action<int>? progress = null)
    {
        var result = Write(template, entries, folder, nameBy, skipInvalid: false, words: null, progress);
        if (result.Problems.Count > 0) throw new CqoDocsException(result.Problems[0].ToString(), field: result.Problems[0].Problem.Field);
        return result.Written;
    }

    /// <param name="nameBy">A data path whose value names each file; null names them TEMPLATE-001.docx …</param>
    /// <param name="skipInvalid">Write the good entries even when others have problems.</param>
    /// <param name="progress">Called after each entry with the number done so far.</param>
    /// <param name="accept">Checks each target before anything is written (see <see cref="GeneratedOutputGuard"/>).</param>
    public static Result Write(DocxTemplate template, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string folder, string? nameBy,
        bool skipInvalid, WordSplitter? words, Action<int>? progress = null, Action<string>? accept = null)
    {
        var names = FileNames(template.Name, entries, nameBy, ".docx");
        var problems = new List<EntryProblem>();
        var written = new List<(string Temp, string Target)>();
        try
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var target = Path.Combine(folder, names[i]);
                accept?.Invoke(target);
                var label = nameBy is null ? null : Path.GetFileNameWithoutExtension(names[i]);
                var found = DataChecker.Check(template.Outline, entries[i]);
                if (found.Count == 0)
                {
                    var keep = problems.Count == 0 || skipInvalid;
                    if (keep && written.Count == 0) Directory.CreateDirectory(folder);
                    var temp = keep ? AtomicFile.TempPathBeside(target) : null;
                    try
                    {
                        using var stream = temp is null ? Stream.Null : new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
                        if (temp is not null) written.Add((temp, target));
                        template.Render(entries[i], stream, words);
                    }
                    catch (CqoDocsException e)
                    {
                        found = [new DataProblem(e.Field ?? "模板", e.Message)];
                        if (temp is not null)
                        {
                            written.RemoveAt(written.Count - 1);
                            AtomicFile.TryDelete(temp);
                        }
                    }
                }
                problems.AddRange(found.Select(p => new EntryProblem(i + 1, label, p)));
                progress?.Invoke(i + 1);
            }
            if (problems.Count > 0 && !skipInvalid)
            {
                Discard(written);
                return new Result([], problems);
            }
            foreach (var (temp, target) in written) File.Move(temp, target, overwrite: true);
            return new Result(written.Select(w => w.Target).ToList(), problems);
        }
        catch
        {
            Discard(written);
            throw;
        }
    }

    /// <summary>Moves finished files into place together; on failure the ones not yet moved are deleted.</summary>
    public static void MoveAll(IReadOnlyList<(string Source, string Target)> files)
    {
        var temps = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (source, target) in files)
            {
                var temp = AtomicFile.TempPathBeside(target);
                temps.Add((temp, target));
                File.Copy(source, temp);
                using (var stream = new FileStream(temp, FileMode.Append, FileAccess.Write)) GeneratedMark.AppendToPdf(stream);
            }
            foreach (var (temp, target) in temps) File.Move(temp, target, overwrite: true);
        }
        catch
        {
            Discard(temps);
            throw;
        }
    }

    private static void Discard(IEnumerable<(string Temp, string Target)> written)
    {
        foreach (var (temp, _) in written) AtomicFile.TryDelete(temp);
    }

    public static List<string> FileNames(string templateName, IReadOnlyList<IReadOnlyDictionary<string, object?>> entries, string? nameBy, string extension)
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
            names.Add(unique + extension);
        }
        return names;
    }

    private static string SafeFileName(string text)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string(text.Trim().Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
        return name.Length > 100 ? name[..100] : name;
    }
}

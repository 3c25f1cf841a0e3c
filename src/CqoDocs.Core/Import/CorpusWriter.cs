using CqoDocs.Core.Corpus;
using CqoDocs.Core.IO;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>What writing one document did.</summary>
internal sealed record WrittenDocument(Document Document, string Path, bool Unchanged);

/// <summary>
/// Writes imported documents into a corpus folder, all or nothing. Under the folder's lock (so concurrent
/// imports lose nothing) it gives each document its final id against the files already there: the file
/// imported from the same input (<see cref="ImportStamp"/>) is replaced, any other file — another page, a
/// file the user wrote, an input of this run — is never touched and the document takes the next free id.
/// Every file is rendered, read back and checked in a staging folder beside the target, and only when all
/// are good are they moved into place; a failure moves back what was already replaced.
/// </summary>
internal static class CorpusWriter
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <param name="inputs">Full paths of this run's inputs, never overwritten.</param>
    /// <param name="force">Replace a file imported from the same input even when it was corrected by hand.</param>
    /// <param name="forceHint">How the caller's user asks for <paramref name="force"/>, for the refusal.</param>
    public static IReadOnlyList<WrittenDocument> WriteAll(IReadOnlyList<ImportOutcome> imported, string outDirectory,
        IReadOnlyCollection<string> inputs, bool force = false, string forceHint = "确要覆盖请加 --force")
    {
        var folder = Path.GetFullPath(outDirectory);
        switch (FileKind.Of(folder))
        {
            case PathKind.RegularFile: throw new CqoDocsException("--out 应为文件夹，这里是一个文件", outDirectory);
            case PathKind.Other: throw new CqoDocsException("--out 应为文件夹，这里是设备、管道或套接字", outDirectory);
        }
        try
        {
            using var folderLock = FolderLock.Acquire(folder, LockTimeout);
            StaleTemporaries.Clean(folder);
            var existing = ExistingCorpus.Read(folder);
            var plan = imported.Select(o => Place(o, existing, folder, inputs, force, forceHint)).ToList();
            return Commit(folder, plan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CqoDocsException($"无法写入：{e.Message}", outDirectory, inner: e);
        }
    }

    private sealed record Planned(Document Document, string Target, string Text, bool Unchanged);

    private static Planned Place(ImportOutcome outcome, ExistingCorpus existing, string folder, IReadOnlyCollection<string> inputs, bool force, string forceHint)
    {
        var document = outcome.Document!;
        var key = outcome.InputKey!;
        var baseId = outcome.ProposedId ?? document.Id;
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? baseId : $"{baseId}-{n}";
            var target = Path.Combine(folder, id + ".md");
            var claim = existing.Claim(id, key, target, inputs);
            if (claim == ExistingCorpus.Claimed.Taken) continue;
            if (claim == ExistingCorpus.Claimed.SameInputEditedByHand && !force)
                throw new CqoDocsException($"{id}.md 是从同一输入导入的，但已被手工修改；为免丢失修改，未写入任何文件（{forceHint}）", outcome.Source);
            var placed = document with { Id = id };
            var text = Render(placed, key, outcome.Source);
            var unchanged = claim != ExistingCorpus.Claimed.Free && existing.TextOf(target) == text;
            existing.Reserve(id);
            return new Planned(placed, target, text, unchanged);
        }
    }

    /// <summary>The corpus text with its stamp, checked to read back as the same document.</summary>
    private static string Render(Document document, string inputKey, string source)
    {
        var text = CorpusMarkdown.Write(document);
        try
        {
            if (CorpusMarkdown.Write(CorpusMarkdown.Read(text, document.Id + ".md")) != text)
                throw new CqoDocsException("内部错误：写出的语料文件读回后不一致，未写入", source);
        }
        catch (CqoDocsException e) when (e.File != source)
        {
            throw new CqoDocsException($"内部错误：写出的语料文件无法读回（{e.OneLine()}），未写入", source, inner: e);
        }
        return ImportStamp.Apply(text, inputKey);
    }

    private static IReadOnlyList<WrittenDocument> Commit(string folder, List<Planned> plan)
    {
        var stage = AtomicFile.TempPathBeside(Path.Combine(folder, "import"));
        Directory.CreateDirectory(stage);
        var moved = new List<(string Target, string? Backup)>();
        try
        {
            var staged = new List<(Planned Item, string File)>();
            foreach (var (item, i) in plan.Select((p, i) => (p, i)).Where(x => !x.p.Unchanged))
            {
                var file = Path.Combine(stage, $"{i}.md");
                AtomicFile.WriteAllText(file, item.Text);
                staged.Add((item, file));
            }
            foreach (var (item, file) in staged)
            {
                string? backup = null;
                if (File.Exists(item.Target))
                {
                    backup = file + ".old";
                    File.Move(item.Target, backup);
                }
                moved.Add((item.Target, backup));
                File.Move(file, item.Target);
            }
            moved.Clear();
        }
        catch
        {
            RollBack(moved);
            throw;
        }
        finally
        {
            TryDeleteFolder(stage);
        }
        return plan.Select(p => new WrittenDocument(p.Document, p.Target, p.Unchanged)).ToList();
    }

    /// <summary>Puts back what the failed commit replaced, newest first.</summary>
    private static void RollBack(List<(string Target, string? Backup)> moved)
    {
        for (var i = moved.Count - 1; i >= 0; i--)
        {
            var (target, backup) = moved[i];
            try
            {
                if (backup is not null && File.Exists(backup)) File.Move(backup, target, overwrite: true);
                else if (backup is null) File.Delete(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

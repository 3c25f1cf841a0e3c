using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Tests.Corpus;

public sealed class CorpusStreamTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqodocs-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(string file, string id, DateOnly? date, string title, params string[] texts)
    {
        var document = new Document
        {
            Id = id,
            Title = title,
            Date = date,
            Kind = DocumentKind.Notice,
            Units = texts.Select((t, i) => new Unit($"第{i + 1}条", null, t, [])).ToList(),
        };
        var path = Path.Combine(_folder, file + ".md");
        File.WriteAllText(path, CorpusMarkdown.Write(document));
        return path;
    }

    /// <summary>Dates out of file order, an undated file, a repeated id, a bad file and one notice from two sites.</summary>
    private void SaveMixedCorpus()
    {
        Save("a", "a", new DateOnly(2012, 5, 1), "关于推行首席质量官制度的通知", "各企业应当设立首席质量官。", "首席质量官负责质量工作。");
        Save("b", "b", new DateOnly(2019, 1, 1), "某市质量提升行动方案", "到年底培训首席质量官五百名。");
        Save("c", "c", null, "没有日期的办法", "本办法自发布之日起施行。");
        Save("d", "b", new DateOnly(2001, 1, 1), "编号重复的文件", "这份文件的编号与另一份相同。");
        File.WriteAllText(Path.Combine(_folder, "e.md"), "没有文件头的文件\n");
        // The same notice mirrored by another site: same title and date, nearly the same text.
        Save("f", "f-mirror", new DateOnly(2012, 5, 1), "关于推行首席质量官制度的通知", "各企业应当设立首席质量官。", "首席质量官负责质量工作。");
        Save("g", "g", new DateOnly(2019, 1, 1), "同一天的另一份文件", "首席质量官应当参加培训。", "培训每年一次。", "考核合格方可任职。");
    }

    [Fact]
    public void A_streamed_folder_gives_the_same_documents_order_problems_and_hash_as_a_load()
    {
        SaveMixedCorpus();

        var set = CorpusLoader.LoadDirectory(_folder);
        var stream = CorpusLoader.StreamDirectory(_folder);
        var streamed = stream.Documents.ToList();

        Assert.Equal(set.Documents.Select(d => d.Id), streamed.Select(d => d.Id));
        Assert.Equal(set.Documents.Select(d => CorpusMarkdown.Write(d)), streamed.Select(d => CorpusMarkdown.Write(d)));
        Assert.Equal(set.Problems.Select(p => p.OneLine()), stream.Problems.Select(p => p.OneLine()));
        Assert.Equal(set.ContentHash, stream.ContentHash);
        Assert.Equal(set.Documents.Count, stream.DocumentCount);
        Assert.Equal(set.Documents.Sum(d => d.Units.Count), stream.UnitCount);
        Assert.Single(set.Duplicates);
        Assert.DoesNotContain(streamed, d => d.Id == set.Duplicates[0].Dropped.Id);
    }

    [Fact]
    public void The_bundled_corpus_streams_as_it_loads()
    {
        var set = CorpusLoader.LoadBundled();
        var stream = CorpusLoader.StreamBundled();

        Assert.Equal(set.Documents.Select(d => d.Id), stream.Documents.Select(d => d.Id));
        Assert.Equal(set.ContentHash, stream.ContentHash);
        Assert.Equal(CorpusLoader.BundledContentHash(), stream.ContentHash);
    }

    [Fact]
    public void A_stream_can_be_read_twice_and_gives_the_same_documents()
    {
        SaveMixedCorpus();
        var stream = CorpusLoader.StreamDirectory(_folder);

        Assert.Equal(stream.Documents.Select(d => d.Id), stream.Documents.Select(d => d.Id));
    }

    [Fact]
    public void A_file_changed_between_listing_and_reading_gives_a_hash_that_no_corpus_has()
    {
        SaveMixedCorpus();
        var stream = CorpusLoader.StreamDirectory(_folder);
        var listed = stream.ContentHash;

        Save("b", "b", new DateOnly(2019, 1, 1), "某市质量提升行动方案", "到年底培训首席质量官一千名。");
        var read = stream.Documents.ToList();

        Assert.Contains(read, d => d.Units[0].Text.Contains("一千名", StringComparison.Ordinal));
        Assert.NotEqual(listed, stream.ContentHash);
        Assert.NotEqual(CorpusLoader.DirectoryContentHash(_folder), stream.ContentHash);
    }

    [Fact]
    public void A_file_that_now_holds_another_id_is_left_out_rather_than_read_twice()
    {
        SaveMixedCorpus();
        var stream = CorpusLoader.StreamDirectory(_folder);

        Save("c", "a", null, "改了编号的办法", "本办法自发布之日起施行。");
        var read = stream.Documents.ToList();

        Assert.Single(read, d => d.Id == "a");
        Assert.DoesNotContain(read, d => d.Id == "c");
        Assert.NotEqual(CorpusLoader.DirectoryContentHash(_folder), stream.ContentHash);
    }

    [Fact]
    public void A_missing_folder_is_named_before_anything_is_read()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var error = Assert.Throws<CqoDocsException>(() => CorpusLoader.StreamDirectory(missing));

        Assert.Contains("nowhere", error.OneLine());
    }

    private string Listing => Path.Combine(_folder, "state", "corpus.listing");

    /// <summary>The stream with the listing cache, checked against a load of the folder as it is now.</summary>
    private CorpusStream StreamMatchingALoad()
    {
        var stream = CorpusLoader.StreamDirectory(_folder, Listing);
        var set = CorpusLoader.LoadDirectory(_folder);

        Assert.Equal(set.Documents.Select(d => CorpusMarkdown.Write(d)), stream.Documents.Select(d => CorpusMarkdown.Write(d)));
        Assert.Equal(set.Problems.Select(p => p.OneLine()), stream.Problems.Select(p => p.OneLine()));
        Assert.Equal(set.ContentHash, stream.ContentHash);
        Assert.Equal(set.Documents.Count, stream.DocumentCount);
        Assert.Equal(set.Documents.Sum(d => d.Units.Count), stream.UnitCount);
        return stream;
    }

    [Fact]
    public void With_a_listing_cache_an_unchanged_folder_is_listed_without_parsing_a_file()
    {
        SaveMixedCorpus();

        Assert.Equal(7, StreamMatchingALoad().FilesParsed);
        Assert.Equal(0, StreamMatchingALoad().FilesParsed);
    }

    [Fact]
    public void With_a_listing_cache_only_an_added_or_edited_file_is_parsed_and_a_removed_one_is_forgotten()
    {
        SaveMixedCorpus();
        StreamMatchingALoad();

        Save("h", "h", new DateOnly(2023, 3, 1), "新加入的通知", "首席质量官名单每年公布。");
        Assert.Equal(1, StreamMatchingALoad().FilesParsed);

        Save("b", "b", new DateOnly(2019, 1, 1), "某市质量提升行动方案", "到年底培训首席质量官一千名。");
        Assert.Equal(1, StreamMatchingALoad().FilesParsed);

        File.Delete(Path.Combine(_folder, "a.md"));
        Assert.Equal(0, StreamMatchingALoad().FilesParsed);
        Assert.DoesNotContain("/a.md", File.ReadAllText(Listing), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_known_to_the_listing_cache_is_still_reported_as_a_load_reports_it()
    {
        SaveMixedCorpus();
        File.WriteAllText(Path.Combine(_folder, "x.md"), "---\nid: x\ntitle: \"未完\tthe 标题\n");
        StreamMatchingALoad();

        var again = StreamMatchingALoad();

        Assert.Equal(0, again.FilesParsed);
        Assert.Contains(again.Problems, p => p.File!.EndsWith("x.md", StringComparison.Ordinal));
        Assert.Contains(again.Problems, p => p.File!.EndsWith("e.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("garbage\n")]
    [InlineData("")]
    [InlineData("cut")]
    [InlineData("wrong digest")]
    public void A_damaged_listing_cache_is_ignored_and_every_file_parsed_again(string damage)
    {
        SaveMixedCorpus();
        StreamMatchingALoad();
        var text = File.ReadAllText(Listing);
        File.WriteAllText(Listing, damage switch
        {
            "cut" => text[..text.LastIndexOf('\t')],
            "wrong digest" => text.Replace(text.Split('\t')[2], "zz"),
            _ => damage,
        });

        Assert.Equal(7, StreamMatchingALoad().FilesParsed);
        Assert.Equal(0, StreamMatchingALoad().FilesParsed);
    }

    [Fact]
    public void With_a_listing_cache_a_file_changed_between_listing_and_reading_is_still_caught()
    {
        SaveMixedCorpus();
        StreamMatchingALoad();
        var stream = CorpusLoader.StreamDirectory(_folder, Listing);
        var listed = stream.ContentHash;

        Save("b", "b", new DateOnly(2019, 1, 1), "某市质量提升行动方案", "到年底培训首席质量官一千名。");
        var read = stream.Documents.ToList();

        Assert.Equal(0, stream.FilesParsed);
        Assert.Contains(read, d => d.Units[0].Text.Contains("一千名", StringComparison.Ordinal));
        Assert.NotEqual(listed, stream.ContentHash);
        Assert.NotEqual(CorpusLoader.DirectoryContentHash(_folder), stream.ContentHash);
    }

    [Fact]
    public void Reading_only_some_documents_parses_only_their_files_and_still_catches_one_changed_since_listing()
    {
        SaveMixedCorpus();
        var stream = CorpusLoader.StreamDirectory(_folder);
        var listed = stream.ContentHash;

        Save("b", "b", new DateOnly(2019, 1, 1), "某市质量提升行动方案", "到年底培训首席质量官一千名。");
        var read = stream.DocumentsWith(new HashSet<string> { "b", "c" }).ToList();

        Assert.Equal(["b", "c"], read.Select(d => d.Id));
        Assert.Equal(2, stream.FilesReread);
        Assert.Contains("一千名", read[0].Units[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(listed, stream.ContentHash);
    }
}

using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public sealed class SegmenterCacheTests : IDisposable
{
    private const string Text = "网易杭研大厦的首席质量官在台中正确应该不会被切开，我来到北京清华大学";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cqodocs-segcache-" + Guid.NewGuid().ToString("N"));
    private int _builds;

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private SegmenterBuilder Builder()
    {
        _builds++;
        return new SegmenterBuilder().AddUserWord("台中").AddUserWord("杭研", 0).AddUserWord("首席质量官", 20);
    }

    private static List<(string, int)> Cut(Segmenter segmenter, SegmentMode mode, bool hmm) =>
        segmenter.Cut(Text, mode, hmm).Select(t => (t.Text, t.Start)).ToList();

    private static void AssertSameCuts(Segmenter expected, Segmenter actual)
    {
        foreach (var mode in new[] { SegmentMode.Precise, SegmentMode.Search })
        {
            Assert.Equal(Cut(expected, mode, hmm: true), Cut(actual, mode, hmm: true));
            Assert.Equal(Cut(expected, mode, hmm: false), Cut(actual, mode, hmm: false));
        }
    }

    [Fact]
    public void A_segmenter_read_back_from_the_cache_cuts_exactly_like_the_one_built()
    {
        var built = Builder().Build();
        var first = SegmenterCache.LoadOrBuild(_folder, "key", Builder);
        var second = SegmenterCache.LoadOrBuild(_folder, "key", Builder);

        Assert.Equal(2, _builds); // the one built above and the first load; the second load read the file
        AssertSameCuts(built, first);
        AssertSameCuts(built, second);
        Assert.Equal(["网易", "杭", "研", "大厦"], second.Cut("网易杭研大厦").Select(t => t.Text));
    }

    [Fact]
    public void A_damaged_cache_file_is_rebuilt_and_replaced()
    {
        SegmenterCache.LoadOrBuild(_folder, "key", Builder);
        var path = Path.Combine(_folder, SegmenterCache.FileName("key"));
        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var rebuilt = SegmenterCache.LoadOrBuild(_folder, "key", Builder);
        SegmenterCache.LoadOrBuild(_folder, "key", Builder);

        Assert.Equal(2, _builds);
        AssertSameCuts(Builder().Build(), rebuilt);
    }

    [Fact]
    public void A_truncated_cache_file_is_rebuilt()
    {
        SegmenterCache.LoadOrBuild(_folder, "key", Builder);
        var path = Path.Combine(_folder, SegmenterCache.FileName("key"));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);

        var rebuilt = SegmenterCache.LoadOrBuild(_folder, "key", Builder);

        Assert.Equal(2, _builds);
        AssertSameCuts(Builder().Build(), rebuilt);
    }

    [Fact]
    public void A_new_key_replaces_the_file_of_the_old_one_and_leaves_other_files_alone()
    {
        SegmenterCache.LoadOrBuild(_folder, "old version", Builder);
        var other = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(other, "not the cache's");

        SegmenterCache.LoadOrBuild(_folder, "new version", Builder);

        Assert.Equal(2, _builds);
        Assert.False(File.Exists(Path.Combine(_folder, SegmenterCache.FileName("old version"))));
        Assert.True(File.Exists(Path.Combine(_folder, SegmenterCache.FileName("new version"))));
        Assert.Equal("not the cache's", File.ReadAllText(other));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_still_gives_a_working_segmenter()
    {
        Directory.CreateDirectory(_folder);
        var blocked = Path.Combine(_folder, "a file");
        File.WriteAllText(blocked, "in the way");

        var segmenter = SegmenterCache.LoadOrBuild(blocked, "key", Builder);

        AssertSameCuts(Builder().Build(), segmenter);
        Assert.Equal("in the way", File.ReadAllText(blocked));
    }

    [Fact]
    public void The_cache_format_gives_back_the_domain_lexicon_dictionary_and_the_hmm_value_for_value()
    {
        var (dictionary, forceSplit) = new SegmenterBuilder().AddDomainLexicon().AddUserWord("杭研", 0).Freeze();

        var hmm = HmmModel.LoadBundled();
        var read = SegmenterCacheFormat.Read(SegmenterCacheFormat.Write(dictionary, forceSplit, hmm));

        Assert.NotNull(read);
        var copy = read.Value.Dictionary;
        Assert.Equal(dictionary.NodeChars.ToArray(), copy.NodeChars.ToArray());
        Assert.Equal(dictionary.FirstChildren.ToArray(), copy.FirstChildren.ToArray());
        Assert.Equal(dictionary.Frequencies.ToArray(), copy.Frequencies.ToArray());
        Assert.Equal(dictionary.Weights.ToArray(), copy.Weights.ToArray());
        Assert.Equal(dictionary.Total, copy.Total);
        Assert.True(copy.HasDirectTables);
        Assert.Equal(dictionary.RootChildren.ToArray(), copy.RootChildren.ToArray());
        Assert.Equal(dictionary.Pairs.ToArray(), copy.Pairs.ToArray());
        Assert.Equal(dictionary.PairShift, copy.PairShift);
        Assert.Equal(forceSplit.Order(), read.Value.ForceSplit.Order());
        Assert.Equal(hmm.ToArray(), read.Value.Hmm.ToArray());
    }

    [Fact]
    public void A_dictionary_too_small_for_direct_tables_comes_back_without_them()
    {
        // The root and one word, 甲: too few nodes to be worth the direct tables.
        var dictionary = new PrefixDictionary(['\0', '甲'], [1, 2, 2], [0, 5], 5);
        var read = SegmenterCacheFormat.Read(SegmenterCacheFormat.Write(dictionary, new HashSet<string>(), HmmModel.LoadBundled()));

        Assert.NotNull(read);
        Assert.False(read.Value.Dictionary.HasDirectTables);
        Assert.Equal(dictionary.Weights.ToArray(), read.Value.Dictionary.Weights.ToArray());
        Assert.Equal(5, read.Value.Dictionary.Frequency("甲"));
        Assert.Equal(-1, read.Value.Dictionary.Frequency("乙"));
    }

    [Fact]
    public void A_file_whose_tables_point_outside_themselves_is_refused_even_with_a_right_checksum()
    {
        var (dictionary, forceSplit) = new SegmenterBuilder().Freeze();
        var hmm = HmmModel.LoadBundled();
        var data = SegmenterCacheFormat.Write(dictionary, forceSplit, hmm);
        var layout = new SegmenterCacheFormat.Layout(dictionary.NodeCount, dictionary.Pairs.Length, direct: true, hmm.ToArray().Length,
            forceSplit.Count, forceSplit.Sum(w => w.Length));
        Assert.Equal(data.Length, layout.Length);

        // The root's table sends 'a' past the last node; the checksum is made again, so only the check of the tables stands in the way.
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan((int)layout.RootChildren + 'a' * 4), dictionary.NodeCount + 5);
        System.IO.Hashing.Crc64.Hash(data.AsSpan(16), data.AsSpan(8, 8));

        Assert.Null(SegmenterCacheFormat.Read(data));
    }
}

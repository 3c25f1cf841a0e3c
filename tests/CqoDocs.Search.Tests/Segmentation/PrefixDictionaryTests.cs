using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public class PrefixDictionaryTests
{
    [Fact]
    public void The_bundled_dictionary_has_the_total_and_entries_python_jieba_reports()
    {
        // jieba.dt.total and len(jieba.dt.FREQ) after jieba.initialize(): words plus their prefixes.
        var dictionary = Segmenter.Default.Dictionary;
        Assert.Equal(60_101_967, dictionary.Total);
        Assert.Equal(498_113, dictionary.NodeCount - 1);
        Assert.Equal(3, dictionary.Frequency("B超"));
        Assert.Equal(0, dictionary.Frequency("清华大"));
        Assert.Equal(-1, dictionary.Frequency("清华大学北京"));
    }

    [Fact]
    public void Entries_that_are_not_in_ordinal_order_are_rejected()
    {
        var entries = new SortedEntries(4);
        entries.Add("乙", 1);
        entries.Add("甲", 1);
        entries.Add("北京", 1);
        Assert.Throws<InvalidDataException>(() => PrefixDictionaryBuilder.Build(entries, 3));
    }

    [Fact]
    public void A_later_equal_entry_wins_and_prefixes_are_kept_with_frequency_zero()
    {
        var entries = new SortedEntries(4);
        entries.Add("北京", 5);
        entries.Add("北京", 7);
        entries.Add("北京大学", 2);
        var dictionary = PrefixDictionaryBuilder.Build(entries, 14);
        Assert.Equal(7, dictionary.Frequency("北京"));
        Assert.Equal(0, dictionary.Frequency("北"));
        Assert.Equal(0, dictionary.Frequency("北京大"));
        Assert.Equal(2, dictionary.Frequency("北京大学"));
        Assert.Equal(-1, dictionary.Frequency("京"));
    }

    [Fact]
    public void Merging_added_entries_gives_the_dictionary_jieba_would_have()
    {
        var bundled = new SortedEntries(4);
        foreach (var (word, freq) in new[] { ("东", 1L), ("北京", 5L), ("北京大学", 2L), ("南京", 3L) }) bundled.Add(word, freq);
        var added = new SortedEntries(4);
        foreach (var (word, freq) in new[] { ("上海", 6L), ("北京", 9L), ("北京人", 1L), ("南京", 0L), ("南京市", 4L) }) added.Add(word, freq);

        var merged = PrefixDictionaryBuilder.Merge(PrefixDictionaryBuilder.Build(bundled, 11), added, 31);

        var expected = new Dictionary<string, long>
        {
            ["东"] = 1, ["北"] = 0, ["北京"] = 9, ["北京大"] = 0, ["北京大学"] = 2, ["北京人"] = 1,
            ["南"] = 0, ["南京"] = 0, ["南京市"] = 4, ["上"] = 0, ["上海"] = 6,
        };
        foreach (var (key, frequency) in expected) Assert.Equal(frequency, merged.Frequency(key));
        Assert.Equal(expected.Count + 1, merged.NodeCount);
        Assert.Equal(31, merged.Total);
        Assert.Equal(-1, merged.Frequency("京"));
    }
}

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
}

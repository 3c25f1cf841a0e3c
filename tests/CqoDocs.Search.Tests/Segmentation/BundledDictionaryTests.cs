using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

/// <summary>
/// The shipped trie (Resources/jieba/dict.trie) must be exactly what jieba's word list
/// (Resources/jieba/dict.sorted.txt) builds. After changing the list, regenerate the trie with
/// <c>CQODOCS_WRITE_TRIE=src/CqoDocs.Search/Resources/jieba/dict.trie dotnet test tests/CqoDocs.Search.Tests --filter BundledDictionary</c>.
/// </summary>
public class BundledDictionaryTests
{
    [Fact]
    public void The_bundled_trie_is_the_one_the_jieba_word_list_builds()
    {
        var source = Path.Combine(ReferenceFiles.Folder("Lexicon"), "dict.sorted.txt");
        var built = PrefixDictionarySnapshot.Write(JiebaDictionaryReader.Read(File.ReadAllBytes(source), source));

        var target = Environment.GetEnvironmentVariable("CQODOCS_WRITE_TRIE");
        if (!string.IsNullOrEmpty(target)) File.WriteAllBytes(target, built);

        Assert.True(built.AsSpan().SequenceEqual(LexiconResources.ReadAllBytes(LexiconResources.JiebaTrie)),
            "Resources/jieba/dict.trie is out of date with dict.sorted.txt; regenerate it (see this test's summary)");
    }

    [Fact]
    public void A_snapshot_reads_back_into_the_same_dictionary()
    {
        var entries = new SortedEntries(4);
        foreach (var (word, freq) in new[] { ("北京", 5L), ("北京大学", 2L), ("南京", 3L), ("南京市", 1L) }) entries.Add(word, freq);
        var original = PrefixDictionaryBuilder.Build(entries, 11);
        var copy = PrefixDictionarySnapshot.Read(PrefixDictionarySnapshot.Write(original));
        Assert.Equal(original.NodeChars.ToArray(), copy.NodeChars.ToArray());
        Assert.Equal(original.FirstChildren.ToArray(), copy.FirstChildren.ToArray());
        Assert.Equal(original.Frequencies.ToArray(), copy.Frequencies.ToArray());
        Assert.Equal(original.Total, copy.Total);
    }

    [Fact]
    public void A_damaged_snapshot_is_rejected()
    {
        var entries = new SortedEntries(1);
        entries.Add("北京", 5);
        var bytes = PrefixDictionarySnapshot.Write(PrefixDictionaryBuilder.Build(entries, 5));
        Assert.Throws<InvalidDataException>(() => PrefixDictionarySnapshot.Read(bytes.AsSpan(0, bytes.Length - 1)));
        bytes[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => PrefixDictionarySnapshot.Read(bytes));
    }

    [Fact]
    public void The_assembly_carries_the_licences_and_attribution_with_the_data_but_not_the_word_list_source()
    {
        var entries = LexiconResources.EntryNames();
        Assert.Contains("jieba/LICENSE-jieba.txt", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains(LexiconResources.JiebaTrie, entries);
        Assert.DoesNotContain("jieba/dict.sorted.txt", entries);
        Assert.Contains("jieba 0.42.1 by Sun Junyi", LexiconResources.ReadAllText("README.md"));
    }
}

using CqoDocs.Core;
using CqoDocs.Search.Segmentation;

namespace CqoDocs.Search.Tests.Segmentation;

public class UserWordTests
{
    private static List<string> Words(Segmenter segmenter, string text, bool hmm = true) =>
        segmenter.Cut(text, hmm: hmm).Select(t => t.Text).ToList();

    [Fact]
    public void A_user_word_without_frequency_gets_one_just_high_enough_to_be_cut_whole()
    {
        Assert.Equal(["台", "中", "正确", "应该", "不会", "被", "切开"], Words(Segmenter.Default, "台中正确应该不会被切开", hmm: false));
        var segmenter = new SegmenterBuilder().AddUserWord("台中").Build();
        Assert.Equal(["台中", "正确", "应该", "不会", "被", "切开"], Words(segmenter, "台中正确应该不会被切开", hmm: false));
    }

    [Fact]
    public void A_user_word_with_frequency_zero_is_never_produced_by_the_hmm()
    {
        Assert.Contains("杭研", Words(Segmenter.Default, "网易杭研大厦"));
        var segmenter = new SegmenterBuilder().AddUserWord("杭研", 0).Build();
        Assert.Equal(["网易", "杭", "研", "大厦"], Words(segmenter, "网易杭研大厦"));
    }

    [Fact]
    public void Adding_a_word_leaves_the_shared_default_segmenter_unchanged()
    {
        _ = new SegmenterBuilder().AddUserWord("来到北京").Build();
        Assert.Equal(["我", "来到", "北京"], Words(Segmenter.Default, "我来到北京"));
    }

    [Fact]
    public void A_user_dictionary_line_with_an_unreadable_frequency_names_the_file_and_line()
    {
        var dictionary = new StringReader("好词\n坏词 99999999999999999999\n");
        var error = Assert.Throws<CqoDocsException>(() => new SegmenterBuilder().AddUserDictionary(dictionary, "user.txt"));
        Assert.Equal("user.txt", error.File);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("云计算", "云计算", null)]
    [InlineData("云计算 5", "云计算", 5L)]
    [InlineData("云计算 5 n", "云计算", 5L)]
    [InlineData("云计算 n", "云计算", null)]
    [InlineData("a b c", "a b", null)]
    [InlineData("\uFEFF带标记 3", "带标记", 3L)]
    [InlineData("  前后空格 7  ", "前后空格", 7L)]
    public void User_dictionary_lines_are_read_as_jieba_reads_them(string line, string word, long? frequency)
    {
        var entry = Assert.Single(UserDictionaryReader.Read(new StringReader(line), "test"));
        Assert.Equal(word, entry.Word);
        Assert.Equal(frequency, entry.Frequency);
    }

    [Fact]
    public void The_domain_lexicon_has_a_few_hundred_terms_each_cut_whole_on_its_own()
    {
        using var reader = DomainLexicon.OpenReader();
        var terms = UserDictionaryReader.Read(reader, DomainLexicon.SourceName).Select(e => e.Word).ToList();
        Assert.InRange(terms.Count, 300, 1000);
        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.Contains("首席质量官", terms);
        Assert.Contains("发文字号", terms);

        var segmenter = new SegmenterBuilder().AddDomainLexicon().Build();
        foreach (var term in terms)
        {
            Assert.Equal([term], Words(segmenter, term, hmm: false));
        }
    }

    [Fact]
    public void The_domain_lexicon_keeps_quality_terms_whole_in_running_text()
    {
        var segmenter = new SegmenterBuilder().AddDomainLexicon().Build();
        var words = Words(segmenter, "企业应设立首席质量官，对质量安全问题行使一票否决权，并标注发文字号。");
        Assert.Contains("首席质量官", words);
        Assert.Contains("一票否决权", words);
        Assert.Contains("发文字号", words);
        Assert.Contains("质量安全", words);
    }
}

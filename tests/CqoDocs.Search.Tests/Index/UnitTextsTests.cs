using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Analysis;
using CqoDocs.Search.Index;
using Microsoft.Data.Sqlite;

namespace CqoDocs.Search.Tests.Index;

public class UnitTextsTests
{
    [Fact]
    public void A_documents_texts_unpack_as_they_were_packed()
    {
        string[] texts = ["第一条 为了加强质量管理，制定本办法。", "", "Quality 😀 质量 ＡＢＣ\n第二行", "企业应当设立首席质量官。"];

        Assert.Equal(texts, UnitTexts.Unpack(UnitTexts.Pack(texts)));
    }

    [Fact]
    public void Texts_that_repeat_their_words_take_far_less_room_than_their_characters()
    {
        var texts = Enumerable.Range(0, 25).Select(i => $"第{i + 1}条 企业应当建立首席质量官制度，首席质量官对产品质量安全负责，并参加质量管理培训。").ToList();

        Assert.True(UnitTexts.Pack(texts).Length < texts.Sum(t => t.Length) / 2);
    }

    [Fact]
    public void Every_unit_of_a_long_document_reads_back_its_own_text_across_blocks()
    {
        using var folder = new TempFolder();
        var model = CorpusLoader.LoadBundled().Documents[0];
        var units = Enumerable.Range(1, 3 * UnitTexts.BlockUnits + 1).Select(i => new Unit($"第{i}条", null, $"第{i}条的正文，编号{i * 7}。", [])).ToList();
        Document[] documents = [model with { Id = "long", Units = units }, model with { Id = "short", Units = units.Take(2).ToList() }];
        var path = folder.File("texts.sqlite");
        new IndexBuilder(StandardAnalyzer.Shared).Build(documents, "h", "test", path);
        using var index = SearchIndex.Open(path);

        var texts = new StoredTexts(index.Connection);

        var expected = documents.SelectMany(d => d.Units).Select(u => u.Text).ToList();
        Assert.Equal(expected, Enumerable.Range(1, expected.Count).Select(id => texts.Of(id)));
        Assert.Null(texts.Of(expected.Count + 1));
    }

    [Fact]
    public void Blocks_written_after_a_dictionary_is_trained_take_less_room_and_read_back_as_written()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = IndexSchema.Create;
            create.ExecuteNonQuery();
        }
        var blocks = MadeUpBlocks(2 * TextDictionary.SampleBytes / 2_000).ToList();
        var later = MadeUpBlocks(20, seed: 2).ToList();

        using (var transaction = connection.BeginTransaction())
        {
            using var build = new TextBlocks(connection, transaction);
            for (var i = 0; i < blocks.Count; i++) build.Add(1 + i * UnitTexts.BlockUnits, blocks[i]);
            build.Finish();
            // An update packs its blocks with the dictionary its build trained, never a second one.
            using var update = new TextBlocks(connection, transaction);
            for (var i = 0; i < later.Count; i++) update.Add(1 + (blocks.Count + i) * UnitTexts.BlockUnits, later[i]);
            update.Finish();
            transaction.Commit();
        }

        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM text_dictionaries"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM unit_texts WHERE dictionary IS NULL"));
        var packedAlone = blocks.Take(200).Sum(b => (long)UnitTexts.Pack(b).Length);
        var packedWithDictionary = Scalar(connection, $"SELECT sum(length(texts)) FROM unit_texts WHERE first_unit < {1 + 200 * UnitTexts.BlockUnits}");
        Assert.True(packedWithDictionary < packedAlone * 0.8, $"{packedWithDictionary} with the dictionary against {packedAlone} without");
        var texts = new StoredTexts(connection);
        var expected = blocks.Concat(later).SelectMany(b => b).ToList();
        var units = blocks.Concat(later).SelectMany((b, i) => b.Select((_, k) => 1L + i * UnitTexts.BlockUnits + k));
        Assert.Equal(expected, units.Select(texts.Of));
    }

    [Fact]
    public void Too_little_text_trains_no_dictionary_and_its_blocks_are_packed_alone()
    {
        var blocks = MadeUpBlocks(10).ToList();

        Assert.Null(TextDictionary.Train(blocks.Select(UnitTexts.Plain).ToList()));
    }

    /// <summary>Blocks of made-up notice articles: shared phrasing in varying order, with varying numbers.</summary>
    private static IEnumerable<string[]> MadeUpBlocks(int count, int seed = 1)
    {
        string[] phrases =
        [
            "企业应当明确首席质量官的职责", "并报市场监督管理部门备案", "首席质量官由企业高级管理人员担任",
            "对产品质量安全负有直接管理责任", "每年至少参加一次质量管理培训", "建立健全质量追溯制度",
            "发现重大质量问题应当及时报告", "本办法自发布之日起施行", "县级以上人民政府应当加强指导",
            "鼓励企业设立质量管理岗位", "考核结果作为评优评先的依据", "具有相关专业中级以上职称",
        ];
        var random = new Random(seed);
        for (var b = 0; b < count; b++)
        {
            yield return Enumerable.Range(0, UnitTexts.BlockUnits).Select(u =>
                $"第{b * UnitTexts.BlockUnits + u + 1}条 " + string.Join("，",
                    Enumerable.Range(0, 4 + random.Next(6)).Select(_ => phrases[random.Next(phrases.Length)] + (random.Next(3) == 0 ? $"（{random.Next(1000)}）" : ""))) + "。").ToArray();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

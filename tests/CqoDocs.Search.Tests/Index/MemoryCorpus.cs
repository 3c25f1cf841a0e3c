using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Search.Index;

namespace CqoDocs.Search.Tests.Index;

/// <summary>A corpus held in memory; <see cref="Replace"/> changes it the way editing a file would.</summary>
internal sealed class MemoryCorpus(IReadOnlyList<Document> documents) : ICorpusSource
{
    private IReadOnlyList<Document> _documents = documents;
    private int _version = 1;

    public int Loads { get; private set; }
    public string Origin => "测试语料";

    public string CurrentHash() => $"memory-v{_version}";

    public CorpusStream Stream()
    {
        Loads++;
        return CorpusStream.Of(_documents, CurrentHash(), Origin);
    }

    public void Replace(IReadOnlyList<Document> documents)
    {
        _documents = documents;
        _version++;
    }

    /// <summary>Three regions, three scripts of saying the same things: enough to test ranking and filters.</summary>
    public static IReadOnlyList<Document> Sample() =>
    [
        new Document
        {
            Id = "qingyuan-2016-measures", Title = "清远市企业首席质量官管理办法", DocNumber = "清府办〔2016〕5号",
            Date = new DateOnly(2016, 3, 1), Kind = DocumentKind.Measures, Region = new Region("广东省", "清远市", null),
            Units =
            [
                new Unit("第一条", null, "为加强企业质量管理，制定本办法。", [Topic.Goals]),
                new Unit("第五条", "首席质量官任职条件", "首席质量官应当具备下列条件：大专以上学历，五年以上质量管理工作经历。", [Topic.Qualifications]),
                new Unit("第六条", "首席质量官职责", "首席质量官负责组织制定企业质量安全制度。", [Topic.Duties]),
                new Unit("第九条", null, "首席质量官对质量安全问题具有一票否决权。", [Topic.Powers]),
            ],
        },
        new Document
        {
            Id = "hangzhou-2014-opinion", Title = "杭州市关于推行企业首席质量官制度的实施意见",
            Date = new DateOnly(2014, 6, 1), Kind = DocumentKind.Opinion, Region = new Region("浙江省", "杭州市", null),
            Units =
            [
                new Unit("一", "工作目标", "到2016年，全市规模以上企业全面推行首席质量官制度。", [Topic.Goals]),
                new Unit("二（一）", null, "企业首席质量官应当参加培训和继续教育。", [Topic.Training]),
                new Unit("二（二）", null, "首席质量官的任职条件由企业根据实际确定，应当具备相应学历。", [Topic.Qualifications]),
            ],
        },
        new Document
        {
            Id = "taipei-2018-measures", Title = "臺北企業首席質量官辦法", Date = new DateOnly(2018, 1, 1),
            Kind = DocumentKind.Measures, Script = Script.Traditional, Region = new Region("台湾省", null, null),
            Units =
            [
                new Unit("第三條", null, "首席質量官負責年度質量報告。", [Topic.Duties]),
            ],
        },
    ];
}

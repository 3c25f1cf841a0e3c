using CqoDocs.Core.Model;

namespace CqoDocs.Web.Tests;

/// <summary>Three made-up notices from two regions, one of them carrying markup in its text.</summary>
public static class TestCorpus
{
    public static readonly Document Lakeside = new()
    {
        Id = "湖滨-2018-measures",
        Title = "湖滨市企业首席质量官管理办法",
        Authority = "湖滨市市场监督管理局",
        DocNumber = "湖市监发〔2018〕7号",
        Date = new DateOnly(2018, 5, 20),
        Published = new DateOnly(2018, 5, 25),
        Region = new Region("广东省", "湖滨市", null),
        Kind = DocumentKind.Measures,
        Source = "lakeside-notice.html",
        Units =
        [
            new Unit("第一条", null, "为提升企业质量管理水平，制定本办法。", [Topic.Goals]),
            new Unit("第二条", null, "首席质量官应具备大学本科以上学历，从事质量管理工作五年以上。", [Topic.Qualifications]),
            new Unit("第三条", null, "首席质量官负责组织建立企业质量管理体系。", [Topic.Duties]),
        ],
    };

    public static readonly Document Hillside = new()
    {
        Id = "山城-2020-opinion",
        Title = "关于山城市推行首席质量官制度的实施意见",
        Authority = "山城市人民政府",
        Date = new DateOnly(2020, 9, 1),
        Region = new Region("江西省", "山城市", null),
        Kind = DocumentKind.Opinion,
        Source = "hillside.txt",
        Units =
        [
            new Unit("一", "任职条件", "首席质量官应熟悉质量法律法规，具有三年以上质量管理经历。", [Topic.Qualifications]),
            new Unit("一（一）", null, "学历要求为大专以上。", [Topic.Qualifications], 2),
            new Unit("二", "主要职责", "首席质量官负责质量安全工作。", [Topic.Duties]),
        ],
    };

    /// <summary>A notice whose text holds markup, as a careless page might: it must show as text.</summary>
    public static readonly Document Hostile = new()
    {
        Id = "海港-2021-notice",
        Title = "海港市关于首席质量官<script>alert(1)</script>的通知",
        Date = new DateOnly(2021, 3, 3),
        Region = new Region("广东省", "海港市", null),
        Kind = DocumentKind.Notice,
        // Declared in its file, as a user records a repeal the text does not carry.
        Validity = new DeclaredValidity { Status = CqoDocs.Core.Requirements.Validity.DocumentStatus.Repealed },
        Units =
        [
            new Unit("第一条", null, "首席质量官<script>alert('x')</script>应当<a href=\"javascript:alert(2)\">参加</a>培训。", [Topic.Training]),
        ],
    };

    public static IReadOnlyList<Document> Documents => [Lakeside, Hillside, Hostile];
}

using CqoDocs.Core.Model;

namespace CqoDocs.Web.E2E;

/// <summary>
/// Made-up notices for the browser tests: two regions whose rules on a CQO differ in degree, years, term,
/// who appoints and where to register, and one notice whose text carries markup a careless page might hold.
/// </summary>
internal static class Notices
{
    public static readonly Document Riverside = new()
    {
        Id = "江滨-2019-measures",
        Title = "江滨市企业首席质量官管理办法",
        Authority = "江滨市市场监督管理局",
        DocNumber = "江市监〔2019〕12号",
        Date = new DateOnly(2019, 4, 8),
        Region = new Region("浙江省", "江滨市", null),
        Kind = DocumentKind.Measures,
        Source = "jiangbin.html",
        Units =
        [
            new Unit("第一条", null, "为推动企业落实质量主体责任，制定本办法。", [Topic.Goals]),
            new Unit("第五条", null, "首席质量官应当具有大学本科以上学历，从事质量管理工作五年以上，熟悉质量法律法规。", [Topic.Qualifications]),
            new Unit("第六条", null, "首席质量官由企业法定代表人任命，聘期三年。企业应当在任命后三十日内报市市场监督管理局备案。", [Topic.Appointment]),
            new Unit("第七条", null, "首席质量官负责组织建立和完善企业质量管理体系，对产品质量安全行使一票否决权。", [Topic.Duties]),
        ],
    };

    public static readonly Document Lakeland = new()
    {
        Id = "湖州-2021-opinion",
        Title = "关于湖州市推行企业首席质量官制度的实施意见",
        Authority = "湖州市人民政府办公室",
        DocNumber = "湖政办发〔2021〕5号",
        Date = new DateOnly(2021, 6, 30),
        Region = new Region("江西省", "湖州市", null),
        Kind = DocumentKind.Opinion,
        Source = "huzhou.txt",
        Units =
        [
            new Unit("一", "总体要求", "到2025年，规模以上工业企业普遍设立首席质量官。", [Topic.Goals]),
            new Unit("二", "任职条件", "首席质量官应当具有大专以上学历，从事质量管理工作三年以上。", [Topic.Qualifications]),
            new Unit("三", "聘任与备案", "首席质量官由企业董事会聘任，聘期两年。企业应当在聘任后十五个工作日内报县级市场监管部门备案。", [Topic.Appointment]),
            new Unit("四", "主要职责", "首席质量官负责企业质量安全工作，组织开展质量改进活动。", [Topic.Duties]),
        ],
    };

    /// <summary>Text a careless page might hold: it must show as text, never run.</summary>
    public static readonly Document Hostile = new()
    {
        Id = "海滨-2022-notice",
        Title = "海滨市关于首席质量官<script>alert('标题')</script>培训的通知",
        Date = new DateOnly(2022, 3, 3),
        Region = new Region("福建省", "海滨市", null),
        Kind = DocumentKind.Notice,
        Source = "haibin.html",
        Units =
        [
            new Unit("一", null, "首席质量官<script>alert('正文')</script>应当<a href=\"javascript:alert('链接')\">参加</a>年度培训。<img src=x onerror=\"alert('图片')\">", [Topic.Training]),
        ],
    };

    public static IReadOnlyList<Document> All => [Riverside, Lakeland, Hostile];
}

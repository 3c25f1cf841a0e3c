using CqoDocs.Core.Model;

namespace CqoDocs.Web.Tests;

/// <summary>The test workbench with one more made-up notice whose articles name a CQO's duties, powers and qualifications: a precedent.</summary>
public sealed class GenerateWorkbench : IDisposable
{
    public static readonly Document Precedent = new()
    {
        Id = "湖东-2022-measures",
        Title = "湖东市企业首席质量官工作规范",
        Authority = "湖东市市场监督管理局",
        Date = new DateOnly(2022, 4, 1),
        Region = new Region("浙江省", "湖东市", null),
        Kind = DocumentKind.Measures,
        Units =
        [
            new Unit("第五条", "首席质量官的职责", "首席质量官履行下列职责：\n（一）主持制定本企业年度质量改进计划；\n（二）组织质量风险排查和质量事故原因分析。", [Topic.Duties]),
            new Unit("第六条", "首席质量官的权限", "首席质量官享有下列权限：\n（一）对不合格产品出厂行使否决权。", [Topic.Powers]),
            new Unit("第七条", "首席质量官的任职条件", "首席质量官应当具备下列条件：\n（一）具有十年以上质量管理工作经历。", [Topic.Qualifications]),
        ],
    };

    public GenerateWorkbench() => Workbench = new Workbench(TestCorpus.Documents.Append(Precedent));

    public Workbench Workbench { get; }

    public void Dispose() => Workbench.Dispose();
}

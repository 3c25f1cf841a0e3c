using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Output;

internal static class KindNames
{
    public static string Chinese(DocumentKind kind) => kind switch
    {
        DocumentKind.Notice => "通知",
        DocumentKind.Opinion => "实施意见",
        DocumentKind.Measures => "管理办法",
        DocumentKind.Plan => "实施方案",
        DocumentKind.Standard => "标准规范",
        DocumentKind.News => "新闻报道",
        _ => kind.Key(),
    };
}

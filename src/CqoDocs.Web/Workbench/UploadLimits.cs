using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// How much a form may send: the whole request, and each kind of file in it. A request over the limit is
/// refused with 413 and one line saying so before any of it is read (or, without a stated length, as soon
/// as reading passes the limit), so the pages never see it.
/// </summary>
internal static class UploadLimits
{
    public const long MaxRequestBytes = 16L * 1024 * 1024;
    public const long MaxPageBytes = 8L * 1024 * 1024;
    public const long MaxTemplateBytes = 10L * 1024 * 1024;
    public const long MaxDataBytes = 2L * 1024 * 1024;
    /// <summary>Inputs one form may post: a review of a notice with thousands of units stays under it.</summary>
    public const int MaxFormValues = 100_000;

    public static string Megabytes(long bytes) => $"{bytes / 1024 / 1024} MB";

    public static async Task Enforce(HttpContext context, Func<Task> next)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxRequestBytes;
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            await TooLarge(context);
            return;
        }
        try
        {
            await next();
        }
        catch (Exception e) when (!context.Response.HasStarted && IsTooLarge(e))
        {
            await TooLarge(context);
        }
    }

    private static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));

    private static Task TooLarge(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        var page = $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>上传的内容太大 · CqoDocs 工作台</title></head>"
            + $"<body><h1>上传的内容太大</h1><p>一次最多上传 {Megabytes(MaxRequestBytes)}（每篇网页 {Megabytes(MaxPageBytes)}，每个模板 {Megabytes(MaxTemplateBytes)}）。"
            + "<a href=\"/import\">导入</a> · <a href=\"/generate\">生成</a></p></body></html>";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(page)).AsTask();
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// A second line of defence behind HTML encoding: the browser runs only the page's own script and style
/// (they carry this response's nonce), so markup that ever slipped through from a notice could not run.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "cqodocs-csp-nonce";

    public static async Task Add(HttpContext context, Func<Task> next)
    {
        // Hex, not base64: a "+" would come out HTML-encoded in the attribute and no longer match the header.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        await next();
    }

    /// <summary>The nonce the page's own &lt;script&gt; and &lt;style&gt; carry.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";
}

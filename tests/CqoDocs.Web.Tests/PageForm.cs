using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CqoDocs.Web.Tests;

/// <summary>
/// A form read from a page as a browser would submit it: its inputs, text areas, checked boxes and chosen
/// options (not the blank rows kept in &lt;template&gt; for the page script), with the antiforgery token.
/// Tests change fields and post it back as a browser without script would.
/// </summary>
internal sealed class PageForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private PageForm(string action, List<KeyValuePair<string, string>> fields) => (Action, _fields) = (action, fields);

    public string Action { get; }

    public static PageForm Of(string html, string id)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.GetElementById(id) as IHtmlFormElement ?? throw new InvalidOperationException($"页面上没有表单 {id}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            if (element.Closest("template") is not null || element.GetAttribute("name") is not { } name) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked) fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "file" or "submit" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        return new PageForm(form.GetAttribute("action") ?? "", fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public bool Has(string name) => _fields.Any(f => f.Key == name);

    public PageForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public PageForm Without(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>Posts the form to <paramref name="url"/> as a plain (url-encoded) form, with a button's name and value.</summary>
    public async Task<HttpResponseMessage> Post(HttpClient client, string url, string? action = null)
    {
        var fields = action is null ? _fields : _fields.Append(new("action", action));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the page's first form.</summary>
    public static string Token(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("页面上没有防伪标记");

    public static async Task<(HttpStatusCode Status, string Html)> Read(HttpResponseMessage response)
    {
        using (response) return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

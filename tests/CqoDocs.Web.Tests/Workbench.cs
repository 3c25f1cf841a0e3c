using System.Net;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace CqoDocs.Web.Tests;

/// <summary>
/// The workbench on an in-memory test server, over a small made-up corpus in a temporary folder with its
/// own home (index) folder. Each test class gets one; Dispose stops the server and removes the folders.
/// </summary>
public sealed class Workbench : IDisposable
{
    private readonly WebApplication _app;

    public Workbench()
    {
        Root = Directory.CreateTempSubdirectory("cqodocs-web-").FullName;
        Corpus = Path.Combine(Root, "corpus");
        Directory.CreateDirectory(Corpus);
        foreach (var document in TestCorpus.Documents)
        {
            File.WriteAllText(Path.Combine(Corpus, document.Id + ".md"), CorpusMarkdown.Write(document));
        }
        File.WriteAllText(Path.Combine(Corpus, "坏文件.md"), "---\nid: [\n---\n");
        _app = WorkbenchServer.Create(new WorkbenchOptions(Path.Combine(Root, "home"), Corpus), "127.0.0.1", 5080,
            builder => builder.WebHost.UseTestServer());
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    public string Root { get; }
    public string Corpus { get; }
    public HttpClient Client { get; }

    public async Task<(HttpStatusCode Status, string Html)> Get(string url)
    {
        using var response = await Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}

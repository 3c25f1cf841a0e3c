using System.Net;
using CqoDocs.Core.Corpus;
using CqoDocs.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace CqoDocs.Web.Tests;

/// <summary>
/// The workbench on an in-memory test server, over a small made-up corpus in a temporary folder with its
/// own home (index) folder. Each test class gets one; Dispose stops the server and removes the folders.
/// </summary>
public sealed class Workbench : IDisposable
{
    private readonly Factory _factory;

    public Workbench() : this(TestCorpus.Documents)
    {
    }

    internal Workbench(IEnumerable<Core.Model.Document> documents)
    {
        Root = Directory.CreateTempSubdirectory("cqodocs-web-").FullName;
        Corpus = Path.Combine(Root, "corpus");
        Directory.CreateDirectory(Corpus);
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(Corpus, document.Id + ".md"), CorpusMarkdown.Write(document));
        }
        File.WriteAllText(Path.Combine(Corpus, "坏文件.md"), "---\nid: [\n---\n");
        _factory = new Factory(new WorkbenchOptions(Path.Combine(Root, "home"), Corpus));
        Client = _factory.CreateClient();
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
        _factory.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    /// <summary>
    /// The workbench is a library with no entry point of its own (the CLI starts it), so the factory is keyed
    /// on this assembly and builds the host here from the workbench's own parts.
    /// </summary>
    private sealed class Factory(WorkbenchOptions options) : WebApplicationFactory<Workbench>
    {
        protected override IHostBuilder CreateHostBuilder() =>
            Host.CreateDefaultBuilder().ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => WorkbenchServer.AddServices(services, options))
                .Configure(WorkbenchServer.UsePipeline));

        // The pages are compiled into the workbench's assembly: no content folder is needed, only one that exists.
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
    }
}

using System.Net;
using CqoDocs.Core.Corpus;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CqoDocs.Web.Tests;

public sealed class WorkbenchServerTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::", false)]
    public void Only_addresses_of_this_machine_count_as_loopback(string host, bool loopback) =>
        Assert.Equal(loopback, WorkbenchServer.IsLoopback(host));

    [Theory]
    [InlineData("127.0.0.1", 5080, "http://127.0.0.1:5080/")]
    [InlineData("::1", 8080, "http://[::1]:8080/")]
    [InlineData("localhost", 80, "http://localhost:80/")]
    public void The_address_puts_an_ipv6_host_in_brackets(string host, int port, string address) =>
        Assert.Equal(address, WorkbenchServer.Address(host, port));

    [Fact]
    public async Task The_server_as_serve_starts_it_answers_on_loopback()
    {
        var root = Directory.CreateTempSubdirectory("cqodocs-web-serve-").FullName;
        try
        {
            var corpus = Path.Combine(root, "corpus");
            Directory.CreateDirectory(corpus);
            File.WriteAllText(Path.Combine(corpus, TestCorpus.Lakeside.Id + ".md"), CorpusMarkdown.Write(TestCorpus.Lakeside));
            await using var app = WorkbenchServer.Create(new WorkbenchOptions(Path.Combine(root, "home"), corpus), "127.0.0.1", 0);
            await app.StartAsync();
            var address = Assert.Single(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses);
            using var client = new HttpClient();

            using var response = await client.GetAsync(address + "/library");

            Assert.StartsWith("http://127.0.0.1:", address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("湖滨市企业首席质量官管理办法", await response.Content.ReadAsStringAsync());
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CqoDocs.Web.E2E;

/// <summary>
/// The workbench as `cqodocs serve` runs it — Kestrel on a free port of 127.0.0.1, the bundled corpus plus a
/// library in a temporary home folder holding <see cref="Notices"/> (or what a derived class puts there) — and one headless chromium, shared by
/// every test of <see cref="WorkbenchCollection"/>. Each test opens its own page in a fresh browser context (<see cref="NewPage"/>).
/// </summary>
public class LiveWorkbench : IAsyncLifetime
{
    /// <summary>Debian's chromium package; Playwright is never asked to download a browser of its own.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _home = Directory.CreateTempSubdirectory("cqodocs-e2e-").FullName;
    private readonly IReadOnlyList<Document> _library;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public LiveWorkbench() : this(Notices.All)
    {
    }

    /// <param name="library">The documents put in the user's library, beside the bundled corpus.</param>
    protected LiveWorkbench(IReadOnlyList<Document> library) => _library = library;

    public IBrowser Browser { get; private set; } = null!;
    /// <summary>http://127.0.0.1:PORT, without a closing slash.</summary>
    public string Address { get; private set; } = "";
    public string DownloadFolder => Path.Combine(_home, "downloads");

    public async Task InitializeAsync()
    {
        // A missing browser fails every test with this line instead of passing or skipping them.
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"找不到 {Chromium}：浏览器测试需要 Debian 的 chromium（apt-get install -y chromium；.ci/run 会安装）");
        }
        var library = UserLibrary.FolderIn(_home);
        Directory.CreateDirectory(library);
        foreach (var notice in _library)
        {
            await File.WriteAllTextAsync(Path.Combine(library, notice.Id + ".md"), CorpusMarkdown.Write(notice));
        }
        Directory.CreateDirectory(DownloadFolder);

        _app = WorkbenchServer.Create(new WorkbenchOptions(_home), "127.0.0.1", 0);
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>A page in a context of its own, with the clipboard allowed, Chinese locale, a drafter's screen size.</summary>
    public async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address,
            Locale = "zh-CN",
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Address });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}

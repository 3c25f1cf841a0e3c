using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CqoDocs.Web.Workbench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;

namespace CqoDocs.Web;

/// <summary>Builds the workbench's web application: pages rendered on the server from the shared library.</summary>
public static class WorkbenchServer
{
    /// <param name="configure">Last changes before the application is built (tests swap in a test server).</param>
    public static WebApplication Create(WorkbenchOptions options, string host, int port, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkbenchServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(Address(host, port));
        builder.Logging.ClearProviders();
        AddServices(builder.Services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>What the pages need: the library they answer from, Razor Pages, an encoder that keeps Chinese as it is.</summary>
    public static void AddServices(IServiceCollection services, WorkbenchOptions options)
    {
        // Made by the container, so that it is disposed with it (it holds the open index).
        services.AddSingleton(_ => new Library(options));
        services.AddSingleton<UploadedTemplates>();
        services.AddSingleton<Precedents>();
        services.AddSingleton<ReviewForm>();
        // A review form carries six inputs per unit and a unit's whole text in one: the request's size is the limit, not the count.
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes;
            o.ValueLengthLimit = (int)UploadLimits.MaxRequestBytes;
            o.ValueCountLimit = UploadLimits.MaxFormValues;
        });
        // Chinese text goes out as it is; the encoder still escapes < > & " ' everywhere.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages().AddApplicationPart(typeof(WorkbenchServer).Assembly);
    }

    /// <summary>The request pipeline: security headers, upload limits, the pages, and a 404 page for any other address.</summary>
    public static void UsePipeline(IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.Add);
        app.Use(UploadLimits.Enforce);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapRazorPages();
            endpoints.MapFallbackToPage("/NotFound");
        });
    }

    /// <summary>Gets the index and the dictionaries ready in the background, once the server is listening.</summary>
    public static void Warm(WebApplication app)
    {
        var library = app.Services.GetRequiredService<Library>();
        ThreadPool.UnsafeQueueUserWorkItem(_ => library.Warm(), null);
    }

    /// <summary>http://host:port/, with an IPv6 address in brackets.</summary>
    public static string Address(string host, int port) =>
        IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"http://[{host}]:{port}/" : $"http://{host}:{port}/";

    /// <summary>True when only this machine can reach the host (127.0.0.1, ::1, localhost).</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}

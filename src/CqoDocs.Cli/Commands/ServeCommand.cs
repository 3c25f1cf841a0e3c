using System.CommandLine;
using CqoDocs.Core;
using CqoDocs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs serve: the drafter's workbench in a browser, on this machine only unless --host says otherwise.
/// Runs until Ctrl+C. A port in use exits 1 with one line.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = $"端口（默认 {DefaultPort}）", HelpName = "PORT", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var n) && n is < 1 or > 65535)
                result.AddError($"--port 应为 1 到 65535 之间的整数，而不是“{n}”");
        });
        var host = new Option<string>("--host") { Description = "监听的地址（默认 127.0.0.1，仅本机可访问）", HelpName = "ADDRESS", DefaultValueFactory = _ => "127.0.0.1" };
        var corpus = CommonOptions.Corpus();
        var command = new Command("serve", "启动本机网页工作台：在浏览器中检索、阅读、对照各地文件") { port, host, corpus };
        command.SetAction(parse => context.Guard(() =>
        {
            var address = parse.GetValue(host)!;
            var options = new WorkbenchOptions(context.HomeDirectory, context.CorpusFolder(parse.GetValue(corpus)));
            using var app = WorkbenchServer.Create(options, address, parse.GetValue(port));
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new CqoDocsException($"无法在 {WorkbenchServer.Address(address, parse.GetValue(port))} 启动工作台：{e.Message}（可用 --port 换一个端口）", field: "--port");
            }
            WorkbenchServer.Warm(app);
            if (!WorkbenchServer.IsLoopback(address))
            {
                context.Error.WriteLine($"cqodocs: 注意：工作台监听 {address}，同一网络中的其他人也能打开它；工作台没有登录保护。");
            }
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            context.Out.WriteLine($"工作台已启动：{string.Join("、", addresses)}（按 Ctrl+C 停止）");
            context.Out.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        }));
        return command;
    }
}

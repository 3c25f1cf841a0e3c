using System.Net;
using System.Net.Sockets;

namespace CqoDocs.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    public void A_port_out_of_range_is_a_command_line_error(string port)
    {
        var r = _cli.Run("serve", "--port", port);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--port 应为 1 到 65535 之间的整数", r.Error);
    }

    [Fact]
    public void A_port_already_in_use_exits_1_with_one_line_naming_the_address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var r = _cli.Run("serve", "--port", port.ToString());

        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"无法在 http://127.0.0.1:{port}/ 启动工作台", r.Error);
        Assert.Single(r.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", r.Error);
    }

    public void Dispose() => _cli.Dispose();
}

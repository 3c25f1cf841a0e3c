using System.Reflection;
using BenchmarkDotNet.Running;
using CqoDocs.Bench;

// `dotnet run -c Release --project bench/CqoDocs.Bench -- NAME [args]` runs one measured scenario
// (IScenario: whole-process figures such as MB/s, p50/p99, documents per second);
// anything else goes to BenchmarkDotNet (`-- --filter '*'`). `--allocations` after a scenario's name adds
// its collections and sampled allocations by type (AllocationTrace).
var scenarios = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IScenario).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IScenario)Activator.CreateInstance(t)!)
    .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length > 0 && scenarios.TryGetValue(args[0], out var scenario))
{
    var rest = args[1..].Where(a => a != "--allocations").ToArray();
    using var trace = rest.Length < args.Length - 1 ? new AllocationTrace() : null;
    var code = scenario.Run(rest, Console.Out);
    trace?.Write(Console.Out);
    return code;
}
if (args.Length == 0 || args[0] is "list" or "--help")
{
    Console.WriteLine("Scenarios:");
    foreach (var s in scenarios.Values.OrderBy(s => s.Name)) Console.WriteLine($"  {s.Name,-20} {s.Description}");
    Console.WriteLine("BenchmarkDotNet: -- --filter '*'");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(IScenario).Assembly).Run(args);
return 0;

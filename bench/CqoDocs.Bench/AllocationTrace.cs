using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CqoDocs.Bench;

/// <summary>
/// `-- NAME --allocations`: what a scenario allocates and why its collections ran, from the runtime's own
/// events in process (no profiler needed): garbage collections by generation and reason, and the sampled
/// allocations (one event per ~100 KB) by type, small-object heap and large-object heap apart.
/// </summary>
internal sealed class AllocationTrace : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _large = new();
    private readonly ConcurrentDictionary<string, long> _small = new();
    private readonly ConcurrentDictionary<string, int> _collections = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeSource) EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == "GCStart_V2")
        {
            _collections.AddOrUpdate($"gen {e.Payload![1]}, reason {e.Payload[2]}", 1, (_, n) => n + 1);
        }
        else if (e.EventName == "GCAllocationTick_V4")
        {
            var bytes = Convert.ToInt64(e.Payload![0]);
            var heap = Convert.ToInt32(e.Payload[1]) == 1 ? _large : _small;
            heap.AddOrUpdate(e.Payload[5]?.ToString() ?? "?", bytes, (_, total) => total + bytes);
        }
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("collections (reason: 0 small allocation, 1 induced, 4 large allocation; see the runtime's GCStart event):");
        foreach (var (what, count) in _collections.OrderByDescending(c => c.Value)) output.WriteLine($"  {what}: {count}");
        output.WriteLine("sampled allocations, large-object heap:");
        foreach (var (type, bytes) in _large.OrderByDescending(a => a.Value).Take(10)) output.WriteLine($"  {bytes / 1e6,9:0.0} MB  {type}");
        output.WriteLine("sampled allocations, small-object heap:");
        foreach (var (type, bytes) in _small.OrderByDescending(a => a.Value).Take(20)) output.WriteLine($"  {bytes / 1e6,9:0.0} MB  {type}");
    }
}

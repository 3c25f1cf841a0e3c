namespace CqoDocs.Bench;

/// <summary>A whole-process measurement that reports its own figures (throughput, percentiles).</summary>
public interface IScenario
{
    string Name { get; }
    string Description { get; }
    int Run(string[] args, TextWriter output);
}

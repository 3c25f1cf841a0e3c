using CqoDocs.Cli;
using CqoDocs.Search.Analysis;

var context = CliContext.FromEnvironment(Console.Out, Console.Error);
// The segmenter built from the bundled lexicons is kept here, so a cold search reads it instead of building it.
StandardAnalyzer.CacheFolder = Path.Combine(context.HomeDirectory, "cache");
JitProfile.Start(StandardAnalyzer.CacheFolder, args);
StandardAnalyzer.BuildingSegmenter += JitProfile.Stop;
return Cli.Run(args, context);

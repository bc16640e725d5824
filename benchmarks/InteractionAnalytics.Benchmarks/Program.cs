using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(InteractionAnalytics.Benchmarks.Parsing.ContactParsingBenchmarks).Assembly).Run(args);

// Every test starts its own stub server on its own port, so tests share nothing and run in parallel.
[assembly: Parallelizable(ParallelScope.Children)]

// Every test builds its own export in its own temporary directory, so they can all run at once.
[assembly: Parallelizable(ParallelScope.Children)]

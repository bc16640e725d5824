using System.Diagnostics;
using System.Text;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>One <c>ia worker</c> process (the built CLI, as <see cref="SqliteKillTests"/> finds it), its standard error, and whether it has started a chunk.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private WorkerProcess(Process process) => Process = process;

    public Process Process { get; }

    public StringBuilder Log { get; } = new();

    /// <summary>Completes at the worker's first "Chunk … started" log line.</summary>
    public TaskCompletionSource ChunkStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts <c>ia worker --db <paramref name="database"/></c> with one job at a time and a 10 s invisibility timeout.</summary>
    public static WorkerProcess Start(string database, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliAssembly(), "worker", "--db", database, "--workers", "1", "--invisibility-timeout", "00:00:10" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            lock (worker.Log)
            {
                worker.Log.AppendLine(line);
            }

            if (line.Contains(" started: calls.csv lines ", StringComparison.Ordinal))
            {
                worker.ChunkStarted.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    public override string ToString()
    {
        lock (Log)
        {
            return Log.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
    }

    /// <summary>The built CLI of the same configuration as this test assembly (artifacts/bin/InteractionAnalytics.Cli/&lt;configuration&gt;/ia.dll).</summary>
    private static string CliAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var built = Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "InteractionAnalytics.Cli", configuration, "ia.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "ia.dll");
    }
}

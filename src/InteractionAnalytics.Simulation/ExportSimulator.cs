using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Simulation.Agents;
using InteractionAnalytics.Simulation.Output;

namespace InteractionAnalytics.Simulation;

/// <summary>
/// Generates a synthetic contact-center export in export format v1, for demos, samples, benchmarks and scale tests;
/// never for accuracy claims (docs/simulator.md). Deterministic: the same options and seed give byte-identical files,
/// and nothing reads the clock.
/// </summary>
public static class ExportSimulator
{
    /// <summary>The largest <see cref="SimulationOptions.Calls"/> accepted.</summary>
    public const int MaxCalls = 100_000_000;

    /// <summary>The largest <see cref="SimulationOptions.Days"/> accepted (about ten years).</summary>
    public const int MaxDays = 3_660;

    /// <summary>
    /// Writes <c>&lt;outputDirectory&gt;/calls.csv</c>, <c>&lt;outputDirectory&gt;/transcripts/&lt;call_id&gt;.json|.txt</c>
    /// (one per handled contact) and <c>&lt;outputDirectory&gt;/simulation-truth.csv</c> (the simulation's ground truth, not
    /// part of the export format). Streams: memory does not grow with <see cref="SimulationOptions.Calls"/>. Two calls may
    /// run at once on different directories.
    /// </summary>
    /// <param name="options">What to generate.</param>
    /// <param name="outputDirectory">
    /// Created if missing. It must not already hold an export (<c>calls.csv</c>, <c>simulation-truth.csv</c> or a non-empty
    /// <c>transcripts</c> folder): mixing two runs' files would make an inconsistent export.
    /// </param>
    /// <param name="cancellationToken">Checked before each contact; a cancelled run leaves the files written so far.</param>
    /// <returns>Counts of what was written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range.</exception>
    /// <exception cref="IOException">The directory already holds an export, or a file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SimulationResult Write(SimulationOptions options, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        Validate(options);
        cancellationToken.ThrowIfCancellationRequested();
        RefuseExistingExport(outputDirectory);

        using var output = new ExportWriter(outputDirectory);
        return new SimulationRun(options, output).Run(cancellationToken);
    }

    private static void Validate(SimulationOptions options)
    {
        if (options.Calls is < 1 or > MaxCalls)
        {
            throw OutOfRange(nameof(options), options.Calls, $"Calls must be between 1 and {MaxCalls:N0}; it is {options.Calls:N0}.");
        }

        if (options.Days is < 1 or > MaxDays)
        {
            throw OutOfRange(nameof(options), options.Days, $"Days must be between 1 and {MaxDays:N0}; it is {options.Days:N0}.");
        }

        if (options.StartDate.Year is < 1900 or > 9000)
        {
            throw OutOfRange(
                nameof(options),
                options.StartDate,
                $"StartDate must be between 1900-01-01 and 9000-12-31; it is {options.StartDate:yyyy-MM-dd}.");
        }

        var offset = options.UtcOffset;
        if (offset < TimeSpan.FromHours(-14) || offset > TimeSpan.FromHours(14) || offset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw OutOfRange(nameof(options), offset, $"UtcOffset must be whole minutes between -14:00 and +14:00; it is {offset}.");
        }

        if (options.Agents is { } agents && agents is < 1 or > Staffing.MaxAgents)
        {
            throw OutOfRange(
                nameof(options),
                agents,
                $"Agents must be null (derived from volume) or between 1 and {Staffing.MaxAgents:N0}; it is {agents:N0}.");
        }

        if (!(options.TextTranscriptShare is >= 0 and <= 1))
        {
            // The negated range check also rejects NaN.
            throw OutOfRange(
                nameof(options),
                options.TextTranscriptShare,
                $"TextTranscriptShare must be between 0 and 1; it is {options.TextTranscriptShare}.");
        }

        if (options.TranscriptBytes is { } transcriptBytes
            && transcriptBytes is < SimulationOptions.MinTranscriptBytes or > SimulationOptions.MaxTranscriptBytes)
        {
            throw OutOfRange(
                nameof(options),
                transcriptBytes,
                $"TranscriptBytes must be null (default lengths) or between {SimulationOptions.MinTranscriptBytes:N0} and {SimulationOptions.MaxTranscriptBytes:N0}; it is {transcriptBytes:N0}.");
        }
    }

    private static ArgumentOutOfRangeException OutOfRange(string paramName, object actualValue, FormattableString message) =>
        new(paramName, actualValue, FormattableString.Invariant(message));

    private static void RefuseExistingExport(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return;
        }

        foreach (var file in ExportWriter.Files)
        {
            if (File.Exists(Path.Combine(outputDirectory, file)))
            {
                throw new IOException($"'{outputDirectory}' already holds an export ({file}); choose a new or empty directory.");
            }
        }

        var transcripts = Path.Combine(outputDirectory, ExportLayout.TranscriptsFolder);
        if (Directory.Exists(transcripts) && Directory.EnumerateFileSystemEntries(transcripts).Any())
        {
            throw new IOException($"'{outputDirectory}' already holds transcripts; choose a new or empty directory.");
        }
    }
}

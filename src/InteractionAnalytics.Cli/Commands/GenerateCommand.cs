using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Simulation;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia generate</c>: a simulated nightly export for demos, samples, benchmarks and scale tests (docs/simulator.md).</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new SimulationOptions();
        var output = new Option<string>("--out") { Description = "Directory to write the export to (created; must be empty unless --force).", Required = true, HelpName = "dir" };
        var calls = new Option<int>("--calls") { Description = $"Contacts to generate (default {defaults.Calls}).", DefaultValueFactory = _ => defaults.Calls };
        var days = new Option<int>("--days") { Description = $"Calendar days they spread over (default {defaults.Days}).", DefaultValueFactory = _ => defaults.Days };
        var seed = new Option<int>("--seed") { Description = $"Random seed; the same seed and options give byte-identical files (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed };
        var start = new Option<string>("--start") { Description = $"First day, yyyy-MM-dd (default {defaults.StartDate:yyyy-MM-dd}).", DefaultValueFactory = _ => defaults.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var offset = new Option<string>("--utc-offset") { Description = "The center's UTC offset written in timestamps, e.g. -05:00 (default -05:00).", DefaultValueFactory = _ => "-05:00" };
        var agents = new Option<int?>("--agents") { Description = "Number of agents (default: derived from volume, at least 6)." };
        var transcriptBytes = new Option<int?>("--transcript-bytes") { Description = $"Target average size of the JSON transcripts in bytes, {SimulationOptions.MinTranscriptBytes}-{SimulationOptions.MaxTranscriptBytes} (default: natural lengths, about 4.3 KB); longer calls get more exchanges.", HelpName = "bytes" };
        var force = new Option<bool>("--force") { Description = "Replace an existing export in --out (calls.csv, transcripts/, simulation-truth.csv)." };

        var command = new Command("generate", "Write a simulated nightly export (calls.csv + transcripts/) for demos, samples, benchmarks and scale tests. Never for accuracy claims.")
        {
            output, calls, days, seed, start, offset, agents, transcriptBytes, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetRequiredValue(output);
            if (!DateOnly.TryParseExact(parse.GetValue(start), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startDate))
            {
                await context.Error.WriteLineAsync($"error: --start '{parse.GetValue(start)}' is not a date in the form yyyy-MM-dd");
                return ExitCodes.Failure;
            }

            var offsetText = parse.GetValue(offset)!;
            if (!TimeSpan.TryParseExact(offsetText.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var utcOffset))
            {
                await context.Error.WriteLineAsync($"error: --utc-offset '{offsetText}' is not an offset like -05:00");
                return ExitCodes.Failure;
            }

            if (offsetText.StartsWith('-'))
            {
                utcOffset = -utcOffset;
            }

            if (!PrepareDirectory(dir, parse.GetValue(force), context))
            {
                return ExitCodes.Failure;
            }

            var options = new SimulationOptions
            {
                Calls = parse.GetValue(calls),
                Days = parse.GetValue(days),
                Seed = parse.GetValue(seed),
                StartDate = startDate,
                UtcOffset = utcOffset,
                Agents = parse.GetValue(agents),
                TranscriptBytes = parse.GetValue(transcriptBytes),
            };
            try
            {
                var result = ExportSimulator.Write(options, dir, cancellationToken);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {result.Contacts:N0} contacts ({result.Handled:N0} handled, {result.Abandoned:N0} abandoned, {result.RepeatContacts:N0} repeats) and {result.Transcripts:N0} transcripts for {result.Agents} agents and {result.Customers:N0} customers to {Path.GetFullPath(dir)}"));
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is ArgumentOutOfRangeException or IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static bool PrepareDirectory(string dir, bool force, CliContext context)
    {
        if (!Directory.Exists(dir) || !Directory.EnumerateFileSystemEntries(dir).Any())
        {
            return true;
        }

        if (!force)
        {
            context.Error.WriteLine($"error: '{Path.GetFullPath(dir)}' is not empty; pass --force to replace the export in it");
            return false;
        }

        // Only what the simulator writes is removed, so a mistaken --out cannot wipe unrelated files.
        foreach (var file in new[] { "calls.csv", "simulation-truth.csv" })
        {
            File.Delete(Path.Combine(dir, file));
        }

        var transcripts = Path.Combine(dir, "transcripts");
        if (Directory.Exists(transcripts))
        {
            Directory.Delete(transcripts, recursive: true);
        }

        return true;
    }
}

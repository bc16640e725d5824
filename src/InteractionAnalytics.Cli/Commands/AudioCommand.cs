using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia audio</c>: the stored recordings' measures, and where recording and transcript disagree.</summary>
internal static class AudioCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var disagreements = new Option<bool>("--disagreements")
        {
            Description = "Only recordings that disagree with their transcript (talk, silence, talk-over or length beyond the tolerance; docs/audio.md), with the reasons.",
        };
        var limit = new Option<int>("--limit") { Description = "How many recordings to list at most (default 50).", DefaultValueFactory = _ => 50 };
        var command = new Command("audio", "List the call recordings' measures (talk per party, silence, talk-over, possible hold) and where a recording and its transcript disagree.")
        {
            db, disagreements, limit,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var (recordings, compared, disagreeing) = await database.Audio.GetCountsAsync(cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{recordings:N0} recordings; {compared:N0} compared with their transcript; {disagreeing:N0} disagree"));
            var rows = await database.Audio.GetAsync(parse.GetValue(disagreements), Math.Max(1, parse.GetValue(limit)), cancellationToken);
            foreach (var row in rows)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{row.CallId,-20} {row.Codec,-24} {row.SampleRate / 1000.0:0.#} kHz x{row.Channels}  {row.DurationSeconds,7:0.0} s  agent {Seconds(row.AgentTalkSeconds)}  customer {Seconds(row.CustomerTalkSeconds)}  silence {Seconds(row.SilenceSeconds)}  talk-over {Seconds(row.TalkOverSeconds)}  hold {Seconds(row.HoldSeconds)}"));
                foreach (var warning in row.Warnings)
                {
                    await context.Output.WriteLineAsync($"    warning: {warning}");
                }

                foreach (var disagreement in row.Disagreements)
                {
                    await context.Output.WriteLineAsync($"    disagrees: {disagreement.Explanation}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Seconds(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-";
}

using System.Globalization;
using InteractionAnalytics.Ingestion.Pipeline;
using Spectre.Console;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>
/// Shows a running ingest: live bars with count, rate and ETA on a terminal; otherwise a plain line at most
/// every <see cref="PlainInterval"/> and at the end of each phase, so a nightly job's log stays short.
/// </summary>
internal sealed class IngestProgressView
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly CliContext _context;
    private readonly long _started;
    private long _lastPlain;
    private IngestPhase? _lastPhase;

    public IngestProgressView(CliContext context)
    {
        _context = context;
        _started = context.Time.GetTimestamp();
        _lastPlain = _started;
    }

    /// <summary>Runs <paramref name="work"/> while showing its progress.</summary>
    public async Task<T> RunAsync<T>(Func<IProgress<IngestProgress>, Task<T>> work)
    {
        if (!_context.IsTerminal)
        {
            return await work(new SyncProgress<IngestProgress>(ReportPlain));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var contacts = ctx.AddTask("Contacts", maxValue: 1);
                var transcripts = ctx.AddTask("Transcripts", autoStart: false, maxValue: 1);
                var recordings = ctx.AddTask("Recordings", autoStart: false, maxValue: 1);
                var outcomes = ctx.AddTask("Repeat contacts", autoStart: false, maxValue: 1);
                result = await work(new SyncProgress<IngestProgress>(p =>
                {
                    var task = p.Phase switch
                    {
                        IngestPhase.Contacts => contacts,
                        IngestPhase.Transcripts => transcripts,
                        IngestPhase.Audio => recordings,
                        _ => outcomes,
                    };
                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Describe(p, task.ElapsedTime ?? TimeSpan.Zero);
                }));
                contacts.Value = contacts.MaxValue;
                transcripts.Value = transcripts.MaxValue;
                recordings.Value = recordings.MaxValue;
                outcomes.Value = outcomes.MaxValue;
            });
        return result;
    }

    private void ReportPlain(IngestProgress progress)
    {
        var now = _context.Time.GetTimestamp();
        var phaseEnded = progress.Total > 0 && progress.Done >= progress.Total;
        if (!phaseEnded && _lastPhase == progress.Phase && _context.Time.GetElapsedTime(_lastPlain, now) < PlainInterval)
        {
            return;
        }

        _lastPhase = progress.Phase;
        _lastPlain = now;
        var elapsed = _context.Time.GetElapsedTime(_started, now);
        var percent = progress.Total > 0 ? (double)progress.Done / progress.Total : 0;
        var eta = percent is > 0 and < 1 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - percent) / percent) : TimeSpan.Zero;
        _context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Describe(progress, elapsed)}, {percent * 100:0}%{(eta >= TimeSpan.FromSeconds(1) ? $", ETA {eta:hh\\:mm\\:ss}" : string.Empty)}"));
    }

    private static string Describe(IngestProgress p, TimeSpan elapsed)
    {
        if (p.Phase == IngestPhase.Outcomes)
        {
            return p.Done < p.Total
                ? "repeat contacts: linking"
                : string.Create(CultureInfo.InvariantCulture, $"repeat contacts: {p.Records:N0} contacts linked");
        }

        var rate = elapsed > TimeSpan.Zero ? p.Records / elapsed.TotalSeconds : 0;
        var name = p.Phase switch
        {
            IngestPhase.Contacts => "contacts",
            IngestPhase.Audio => "recordings without a transcript",
            _ => "transcripts",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{name}: {p.Records:N0} read, {p.Rejected:N0} rejected, {rate:N0}/s");
    }
}

using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Azure;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Cli.Output;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Durations;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Core.Sentiment;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Ingestion.Audio;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Transcripts;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia ingest</c>: the nightly job.</summary>
internal static partial class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Argument<string>("export-dir")
        {
            Description = "The export directory: calls.csv and an optional transcripts/ folder (docs/export-format.md).",
        };
        var db = CommonOptions.Database();
        var mapping = new Option<string?>("--mapping")
        {
            Description = "A column-mapping JSON file for a center's own ACD export headers (e.g. samples/mappings/amazon-connect-ctr.json).",
            HelpName = "file",
        };
        var timeZone = new Option<string?>("--timezone")
        {
            Description = "IANA time zone (e.g. America/Chicago) for timestamps without a UTC offset. Without it such rows are rejected.",
            HelpName = "zone",
        };
        var failOnRejects = new Option<bool>("--fail-on-rejects")
        {
            Description = $"Exit with code {ExitCodes.Rejects} when any record was rejected (default: rejects are reported, exit code 0).",
        };
        var report = new Option<bool>("--report")
        {
            Description = "After ingesting, print the report for all contacts in the database, by day.",
        };

        var model = CommonOptions.Model();
        var taxonomy = CommonOptions.Taxonomy();
        var rules = CommonOptions.Rules();
        var noClassify = new Option<bool>("--no-classify") { Description = "Store transcripts without classifying intent and root cause." };
        var reviewThreshold = new Option<double>("--review-threshold")
        {
            Description = "Contacts whose intent or root-cause confidence is below this (0..1) are flagged for supervisor review (default 0.5).",
            DefaultValueFactory = _ => 0.5,
        };
        var noRulesReview = new Option<bool>("--no-rules-review")
        {
            Description = "Do not flag contacts whose phrase rules point to another root cause than the model alone (flagged by default; both root causes are stored either way).",
        };

        var sentiment = new Option<string>("--sentiment")
        {
            Description = "Turn sentiment: local (default; the VADER lexicon, no network) or azure (Azure AI Language over its REST API; endpoint and key from the environment variables AZURE_LANGUAGE_ENDPOINT and AZURE_LANGUAGE_KEY; docs/azure-language.md).",
            DefaultValueFactory = _ => "local",
        };
        sentiment.AcceptOnlyFromAmong("local", "azure");
        var resolutionRules = new Option<string?>("--resolution-rules")
        {
            Description = "A resolution phrase-rule file replacing the default closing-turn rules (docs/resolution.md).",
            HelpName = "file",
        };
        var noMeasure = new Option<bool>("--no-measure") { Description = "Store transcripts without sentiment, conversation dynamics and resolution." };
        var repeatWindow = CommonOptions.RepeatWindow();
        var sameIntent = CommonOptions.SameIntent();
        var transcriptFormat = new Option<string>("--transcript-format")
        {
            Description = "The format of the transcript files: auto (default: detected per file), json, text, aws-transcribe, aws-call-analytics (also Contact Lens) or azure-speech (docs/transcript-formats.md).",
            DefaultValueFactory = _ => TranscriptFormatNames.Auto,
            HelpName = "format",
        };
        transcriptFormat.AcceptOnlyFromAmong([TranscriptFormatNames.Auto, .. TranscriptFormatNames.All]);
        var speakerRoles = new Option<string?>("--speaker-roles")
        {
            Description = "Fixed roles for speaker labels, e.g. ch_0=agent,ch_1=customer (roles: agent, customer, ivr, system). Labels not listed keep the role the file declares or get an inferred one (docs/speaker-roles.md).",
            HelpName = "label=role,...",
        };
        var speakerCues = new Option<string?>("--speaker-cues")
        {
            Description = "A speaker cue rule file replacing the default cues used to infer agent, customer and IVR (docs/speaker-roles.md).",
            HelpName = "file",
        };

        var noAudio = new Option<bool>("--no-audio") { Description = "Do not read the call recordings in the export's audio/ folder." };
        var agentChannel = new Option<int>("--agent-channel")
        {
            Description = "The channel of stereo recordings that carries the agent, 0 (left, default) or 1; the customer is on the other (docs/audio.md).",
            DefaultValueFactory = _ => 0,
        };
        agentChannel.AcceptOnlyFromAmong("0", "1");
        var ffmpeg = new Option<string>("--ffmpeg")
        {
            Description = "The ffmpeg program used for recordings whose codec is not read natively (default: ffmpeg on PATH; Debian: apt-get install ffmpeg).",
            DefaultValueFactory = _ => "ffmpeg",
            HelpName = "path",
        };

        var maxTranscriptBytes = new Option<long>("--max-transcript-bytes")
        {
            Description = "Largest transcript file read, in bytes (default 67108864, 64 MiB); larger files are rejected without being read (docs/robustness.md).",
            DefaultValueFactory = _ => new IngestRequest { ExportDirectory = "." }.MaxTranscriptBytes,
            HelpName = "bytes",
        };

        var redact = new Option<string>("--redact")
        {
            Description = "Personal data replaced by placeholders before anything is stored: all (default), none, or a comma-separated list of cards, ssn, phone, email, numbers (docs/privacy.md).",
            DefaultValueFactory = _ => "all",
            HelpName = "kinds",
        };

        var distributed = new Option<bool>("--distributed")
        {
            Description = "Split the export into chunks and enqueue them for ia worker processes on any machines (PostgreSQL --db only; the export at the same path on every worker; docs/distributed.md).",
        };
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = "With --distributed: calls.csv records per chunk, with their transcripts and recordings (default 5000).",
            DefaultValueFactory = _ => InteractionAnalytics.Jobs.DistributedIngest.DefaultChunkSize,
        };

        var command = new Command("ingest", "Ingest a night's export into the database: validate every record, store it or reject it with a reason, classify each transcript's intent and root cause. Rerunning never duplicates.")
        {
            export, db, mapping, timeZone, failOnRejects, report, model, taxonomy, rules, noClassify, reviewThreshold, noRulesReview, repeatWindow, sameIntent, sentiment, resolutionRules, noMeasure,
            transcriptFormat, speakerRoles, speakerCues, noAudio, agentChannel, ffmpeg, maxTranscriptBytes,
            redact, distributed, chunkSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ConversationClassifier? classifier = null;
            var threshold = parse.GetValue(reviewThreshold);
            if (threshold is < 0 or > 1 || double.IsNaN(threshold))
            {
                await context.Error.WriteLineAsync("error: --review-threshold must be between 0 and 1");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(maxTranscriptBytes) < 1)
            {
                await context.Error.WriteLineAsync("error: --max-transcript-bytes must be at least 1");
                return ExitCodes.Failure;
            }

            RedactionOptions redaction;
            try
            {
                redaction = RedactionOptions.Parse(parse.GetRequiredValue(redact));
            }
            catch (FormatException e)
            {
                await context.Error.WriteLineAsync($"error: --redact: {e.Message}");
                return ExitCodes.Failure;
            }

            RepeatLinkingOptions repeats;
            try
            {
                repeats = new RepeatLinkingOptions { Window = DurationText.Parse(parse.GetRequiredValue(repeatWindow)), SameIntent = parse.GetValue(sameIntent) };
            }
            catch (FormatException e)
            {
                await context.Error.WriteLineAsync($"error: --repeat-window: {e.Message}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(distributed))
            {
                return await DistributedIngestCommand.RunAsync(context, parse.GetValue(db), new InteractionAnalytics.Jobs.DistributedIngestSettings
                {
                    ExportDirectory = parse.GetRequiredValue(export),
                    MappingFile = parse.GetValue(mapping) is { } mappingFile ? Path.GetFullPath(mappingFile) : null,
                    TimeZone = parse.GetValue(timeZone),
                    Redact = parse.GetRequiredValue(redact),
                    Classify = !parse.GetValue(noClassify),
                    Measure = !parse.GetValue(noMeasure),
                    Audio = !parse.GetValue(noAudio),
                    RepeatWindow = parse.GetRequiredValue(repeatWindow),
                    SameIntent = parse.GetValue(sameIntent),
                }, parse.GetValue(chunkSize), cancellationToken);
            }

            SpeakerRoleMap roleMap;
            SpeakerRoleAssigner roleAssigner;
            try
            {
                roleMap = SpeakerRoleMap.Parse(parse.GetValue(speakerRoles) ?? string.Empty);
                roleAssigner = SpeakerRoleAssignerFactory.Create(parse.GetValue(speakerCues));
            }
            catch (FormatException e)
            {
                await context.Error.WriteLineAsync($"error: --speaker-roles: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (ClassifierSetupException e)
            {
                await context.Error.WriteLineAsync($"error: --speaker-cues: {e.Message}");
                return ExitCodes.Failure;
            }

            if (!TranscriptFormatNames.TryParse(parse.GetValue(transcriptFormat), out var format))
            {
                // AcceptOnlyFromAmong already refused other names; this guards the two lists drifting apart.
                await context.Error.WriteLineAsync($"error: --transcript-format: unknown format '{parse.GetValue(transcriptFormat)}'");
                return ExitCodes.Failure;
            }

            ConversationMeasurer? measurer = null;
            if (!parse.GetValue(noMeasure))
            {
                try
                {
                    measurer = new ConversationMeasurer(
                        CreateSentimentAnalyzer(parse.GetRequiredValue(sentiment)), ResolutionDetectorFactory.Create(parse.GetValue(resolutionRules)));
                }
                catch (Exception e) when (e is ClassifierSetupException or ArgumentException)
                {
                    await context.Error.WriteLineAsync($"error: {e.Message}");
                    return ExitCodes.Failure;
                }
            }

            if (!parse.GetValue(noClassify))
            {
                try
                {
                    classifier = ClassifierFactory.Create(parse.GetValue(model), parse.GetValue(taxonomy), parse.GetValue(rules));
                }
                catch (ClassifierSetupException e)
                {
                    await context.Error.WriteLineAsync($"error: {e.Message}");
                    return ExitCodes.Failure;
                }
            }

            var request = new IngestRequest
            {
                ExportDirectory = parse.GetRequiredValue(export),
                MaxTranscriptBytes = parse.GetValue(maxTranscriptBytes),
                Classifier = classifier,
                Redaction = redaction,
                Review = new ReviewPolicy(threshold, FlagRulesDisagreement: !parse.GetValue(noRulesReview)),
                Repeats = repeats,
                Measurer = measurer,
                TranscriptFormat = format,
                SpeakerRoles = roleAssigner,
                SpeakerRoleMap = roleMap,
                Audio = parse.GetValue(noAudio) ? null : new AudioIngestOptions
                {
                    Activity = new AudioActivityOptions { AgentChannel = parse.GetValue(agentChannel), CustomerChannel = 1 - parse.GetValue(agentChannel) },
                    Analyzer = new AudioFileAnalyzer(new FfmpegAudioDecoder(parse.GetRequiredValue(ffmpeg))),
                },
            };
            return await RunAsync(
                context,
                request,
                parse.GetValue(db),
                parse.GetValue(mapping),
                parse.GetValue(timeZone),
                parse.GetValue(failOnRejects),
                parse.GetValue(report),
                cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the ingest <paramref name="template"/> describes, once the mapping and time zone are read.</summary>
    private static async Task<int> RunAsync(
        CliContext context,
        IngestRequest template,
        string? db,
        string? mappingFile,
        string? timeZoneId,
        bool failOnRejects,
        bool report,
        CancellationToken cancellationToken)
    {
        var logger = context.Logging.CreateLogger("ingest");
        var exportDir = template.ExportDirectory;
        if (template.Classifier is { } classifier)
        {
            LogModel(logger, classifier.Models.Version);
        }

        ColumnMapping mapping;
        TimeZoneInfo? timeZone;
        try
        {
            mapping = mappingFile is null ? ColumnMapping.Default : ColumnMapping.Parse(await File.ReadAllTextAsync(mappingFile, cancellationToken), mappingFile);
            var zone = timeZoneId ?? mapping.TimeZone;
            timeZone = zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ColumnMappingException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }

        if (!Directory.Exists(exportDir))
        {
            await context.Error.WriteLineAsync($"error: the export directory '{Path.GetFullPath(exportDir)}' does not exist");
            return ExitCodes.Failure;
        }

        try
        {
            await using var database = await InteractionDatabase.OpenAsync(db, context.Time, cancellationToken);
            LogDatabase(logger, database.Description);
            var pipeline = new IngestPipeline(database.IngestStore, context.Time, context.Logging.CreateLogger<IngestPipeline>());
            var request = template with { Mapping = mapping, TimeZone = timeZone };
            var summary = await new IngestProgressView(context).RunAsync(progress => pipeline.RunAsync(request, progress, cancellationToken));
            await WriteSummaryAsync(context.Output, summary, context.Time);
            if (summary.Audio.Read > 0)
            {
                var (_, compared, disagreeing) = await database.Audio.GetCountsAsync(cancellationToken);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {"",-12} in the database: {compared:N0} recordings compared with their transcript, {disagreeing:N0} disagree (ia audio --disagreements)"));
            }
            if (report)
            {
                var result = await database.Reports.GetReportAsync(new ReportQuery(GroupBy: ReportGrouping.Day), cancellationToken);
                await context.Output.WriteLineAsync();
                ReportTableWriter.Write(context.Output, result);
            }

            return failOnRejects && summary.Rejected > 0 ? ExitCodes.Rejects : ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("error: cancelled; the run is recorded as failed, and rerunning the same export completes it");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The batch host turns any failure into a logged error and a non-zero exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, ex.Message);
            return ExitCodes.Failure;
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, IngestRunSummary summary, TimeProvider time)
    {
        var elapsed = (summary.EndedAt ?? time.GetUtcNow()) - summary.StartedAt;
        static string Line(string name, IngestCounts c) => string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-12} read {c.Read,7:N0}   stored {c.Stored,7:N0} (new {c.Inserted:N0}, updated {c.Updated:N0}, unchanged {c.Unchanged:N0})   rejected {c.Rejected:N0}");

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"Ingest run {summary.RunId} {summary.Status.ToString().ToLowerInvariant()} in {elapsed.TotalSeconds:0.0} s: {summary.Source}"));
        await output.WriteLineAsync(Line("contacts", summary.Contacts));
        await output.WriteLineAsync(Line("transcripts", summary.Transcripts));
        if (summary.Audio.Read > 0)
        {
            await output.WriteLineAsync(Line("recordings", summary.Audio));
        }

        if (summary.Repeats is { } r)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  {"repeats",-12} window {DurationText.Format(r.Options.Window)}{(r.Options.SameIntent ? ", same intent" : "")}: {r.ContactsLinked:N0} contacts linked: {r.ResolvedFirstContact:N0} resolved first contact, {r.Repeated:N0} repeated, {r.Pending:N0} pending, {r.Unlinkable:N0} unlinkable"));
        }

        if (summary.Redactions is { Total: > 0 } pii)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  {"redacted",-12} {pii.Cards:N0} card numbers, {pii.Ssns:N0} SSNs, {pii.Phones:N0} phone numbers, {pii.Emails:N0} e-mail addresses, {pii.SpokenNumbers:N0} long spoken numbers"));
        }

        if (summary.Rejected > 0)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"  {summary.Rejected:N0} record(s) rejected; see them with: ia rejects --run {summary.RunId}"));
        }
    }

    /// <summary>The sentiment analyzer <c>--sentiment</c> names; Azure's endpoint and key come from the environment, never the command line.</summary>
    /// <exception cref="ArgumentException">Azure is asked for without its endpoint or key.</exception>
    private static ISentimentAnalyzer CreateSentimentAnalyzer(string name)
    {
        if (name != "azure")
        {
            return new VaderSentimentAnalyzer();
        }

        var endpoint = Environment.GetEnvironmentVariable("AZURE_LANGUAGE_ENDPOINT");
        var key = Environment.GetEnvironmentVariable("AZURE_LANGUAGE_KEY");
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("--sentiment azure needs AZURE_LANGUAGE_ENDPOINT (an https URL) and AZURE_LANGUAGE_KEY in the environment.");
        }

        return new AzureLanguageSentimentAnalyzer(new AzureLanguageOptions { Endpoint = uri, Key = key });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Classifying with model {Version}")]
    private static partial void LogModel(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogDatabase(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest failed: {Message}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string message);
}

using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Durations;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Sentiment;
using InteractionAnalytics.Ingestion.Audio;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Jobs;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>
/// Builds the ingest request of a distributed run from its stored settings, the same way on every worker: the options
/// the settings carry, the defaults of <c>ia ingest</c> for the others (the shipped model, local sentiment, default rules).
/// </summary>
internal static class DistributedRequests
{
    /// <summary>The shipped model, loaded once per process however many chunks the worker runs.</summary>
    private static readonly Lazy<ConversationClassifier> Classifier = new(() => ClassifierFactory.Create(null, null, null), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The environment of the jobs in this process, on the PostgreSQL database <paramref name="db"/>.</summary>
    public static DistributedIngestEnvironment Environment(CliContext context, string db, TimeSpan? invisibilityTimeout) =>
        new(db, HangfireStorageFactory.Create(db, invisibilityTimeout), Create, context.Time, context.Logging);

    /// <summary>The request <paramref name="settings"/> describe.</summary>
    /// <exception cref="FormatException">A setting cannot be read (redaction kinds, repeat window).</exception>
    /// <exception cref="ColumnMappingException">The mapping file is not a valid mapping.</exception>
    public static IngestRequest Create(DistributedIngestSettings settings)
    {
        var mapping = settings.MappingFile is { } file ? ColumnMapping.Parse(File.ReadAllText(file), file) : ColumnMapping.Default;
        var zone = settings.TimeZone ?? mapping.TimeZone;
        return new IngestRequest
        {
            ExportDirectory = settings.ExportDirectory,
            Mapping = mapping,
            TimeZone = zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone),
            Classifier = settings.Classify ? Classifier.Value : null,
            Measurer = settings.Measure ? new ConversationMeasurer(new VaderSentimentAnalyzer(), ResolutionDetectorFactory.Create()) : null,
            SpeakerRoles = SpeakerRoleAssignerFactory.Create(),
            Redaction = RedactionOptions.Parse(settings.Redact),
            Repeats = new RepeatLinkingOptions { Window = DurationText.Parse(settings.RepeatWindow), SameIntent = settings.SameIntent },
            Review = new ReviewPolicy(),
            Audio = settings.Audio ? new AudioIngestOptions { Analyzer = new AudioFileAnalyzer(new FfmpegAudioDecoder("ffmpeg")) } : null,
        };
    }
}

using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Classification.Data;

/// <summary>Log messages of <see cref="PublicDataSet.Load"/>.</summary>
internal static partial class PublicDataSetLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Utterances} {Source} utterances ({Skipped} lines skipped)")]
    public static partial void SourceLoaded(ILogger logger, string source, int utterances, int skipped);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped {File} line {LineNumber}: {Reason}")]
    public static partial void LineSkipped(ILogger logger, string file, int lineNumber, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Public data loaded from {DataRoot}: {Utterances} utterances, {Conversations} conversations, {Skipped} lines skipped")]
    public static partial void Loaded(ILogger logger, string dataRoot, int utterances, int conversations, int skipped);
}

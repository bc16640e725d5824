namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>One chunk of a distributed ingest: lines of <c>calls.csv</c> (1-based, both inclusive) and the files of their calls.</summary>
/// <param name="Number">The chunk's number, 1-based; chunk 1 also owns rejects without a line and files of unknown calls.</param>
/// <param name="FirstLine">The first line of <c>calls.csv</c> the chunk owns, inclusive (0 for chunk 1: the header and whole-file rejects).</param>
/// <param name="LastLine">The last line the chunk owns, inclusive (<see cref="long.MaxValue"/> for the last chunk).</param>
public sealed record IngestChunkRange(int Number, long FirstLine, long LastLine);

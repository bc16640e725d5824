namespace InteractionAnalytics.Simulation;

/// <summary>
/// What <see cref="ExportSimulator.Write"/> generates. Every property has a default, so <c>new SimulationOptions()</c> is a
/// valid one-week, 300-contact export. The same options (seed included) always produce the same bytes.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>
    /// Contacts to generate (rows of <c>calls.csv</c>), fresh and follow-up together. Between 1 and 100,000,000; default 300.
    /// </summary>
    public int Calls { get; init; } = 300;

    /// <summary>Calendar days the contacts are spread over, starting at <see cref="StartDate"/>. Between 1 and 3,660; default 7.</summary>
    public int Days { get; init; } = 7;

    /// <summary>Seed of the run's random source; any value. Same seed and same options give byte-identical output. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The first simulated day (local date at the center). Between 1900-01-01 and 9000-12-31; default 2026-11-16 (a Monday).
    /// </summary>
    public DateOnly StartDate { get; init; } = new(2026, 11, 16);

    /// <summary>
    /// The center's offset from UTC, written in every timestamp; whole minutes between −14:00 and +14:00. The offset is fixed
    /// for the whole run (daylight saving time is not modelled). Default −05:00.
    /// </summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(-5);

    /// <summary>
    /// Size of the agent roster, between 1 and 20,000; <see langword="null"/> (the default) derives it from volume: the
    /// busiest day's staffing need (square-root staffing of its peak hour) plus 20%, at least 6. Not every agent works every day.
    /// </summary>
    public int? Agents { get; init; }

    /// <summary>Share, in [0, 1], of transcripts written as plain text (<c>.txt</c>) rather than JSON. Default 0.2.</summary>
    public double TextTranscriptShare { get; init; } = 0.2;

    /// <summary>
    /// Target average size, in bytes, of the JSON transcripts, between <see cref="MinTranscriptBytes"/> and
    /// <see cref="MaxTranscriptBytes"/>: conversations get more exchanges in the middle, still in proportion to
    /// each call's talk time, so that the run's mean comes within a few percent of it. <see langword="null"/> (the default)
    /// keeps the default lengths, about 4.3 KB on average, and the default output byte for byte.
    /// </summary>
    public int? TranscriptBytes { get; init; }

    /// <summary>
    /// Smallest <see cref="TranscriptBytes"/> accepted: 4,096 bytes, about the default mean. Smaller means could not be met:
    /// even a call with a single exchange is about 1.5 KB, and the overhead of the opening and closing keeps the mean up.
    /// </summary>
    public const int MinTranscriptBytes = 4096;

    /// <summary>Largest <see cref="TranscriptBytes"/> accepted: 262,144 bytes (256 KB).</summary>
    public const int MaxTranscriptBytes = 262_144;
}

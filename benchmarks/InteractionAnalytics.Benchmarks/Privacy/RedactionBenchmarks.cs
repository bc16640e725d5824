using BenchmarkDotNet.Attributes;
using InteractionAnalytics.Benchmarks.Parsing;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Benchmarks.Privacy;

/// <summary>
/// PII redaction of one transcript as ingest does it (every turn, then cards across a speaker's two turns), next to
/// parsing the same transcript's JSON (the baseline). Sizes are the transcript's JSON bytes (1 KB, 6 KB, 30 KB).
/// <c>RedactClean</c> is a transcript without PII (the usual case); <c>RedactWithPii</c> has a spoken card, a written
/// card, a phone and an e-mail address in every fifth turn.
/// </summary>
[MemoryDiagnoser]
public class RedactionBenchmarks
{
    private byte[] _json = [];
    private LabelledTranscript _clean = null!;
    private LabelledTranscript _withPii = null!;

    [Params(1_024, 6_144, 30_720)]
    public int TranscriptBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var transcript = BenchmarkInputs.Transcript("C0000000", TranscriptBytes);
        _json = BenchmarkInputs.JsonBytes(transcript);
        _clean = LabelledTranscript.FromRoles(transcript);
        _withPii = _clean with
        {
            Turns = [.. _clean.Turns.Select((t, i) => i % 5 != 0 ? t : t with
            {
                Text = t.Text + " it's four one one one, one one one one, one one one one, one one one one or 5555-5555-5555-4444, "
                    + "call (555) 123-4567 or mail jane dot doe at example dot com",
            })],
        };
    }

    /// <summary>Parsing the transcript's JSON, for scale.</summary>
    [Benchmark(Baseline = true)]
    public int ParseJson() => JsonTranscriptReader.Parse(_json, "C0000000").Turns.Count;

    /// <summary>Redacting a transcript without PII.</summary>
    [Benchmark]
    public long RedactClean() => TranscriptRedaction.Redact(_clean, PiiRedactor.Default).Counts.Total;

    /// <summary>Redacting a transcript with four values in every fifth turn.</summary>
    [Benchmark]
    public long RedactWithPii() => TranscriptRedaction.Redact(_withPii, PiiRedactor.Default).Counts.Total;
}

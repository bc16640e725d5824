using BenchmarkDotNet.Attributes;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Benchmarks.Parsing;

/// <summary>
/// One contact through the ingest parse path: its <c>calls.csv</c> row and its transcript are parsed and
/// validated, and its handle time is added to running totals. Sizes are the transcript's JSON bytes
/// (1 KB, 6 KB, 30 KB: a short call, a typical one, a long one).
/// </summary>
[MemoryDiagnoser]
public class ContactParsingBenchmarks
{
    private static readonly string CallsHeaderAndRow = BenchmarkInputs.CallsCsv(1);

    private byte[] _json = [];
    private string _text = string.Empty;
    private CallsCsvReader _calls = null!;

    [Params(1_024, 6_144, 30_720)]
    public int TranscriptBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var transcript = BenchmarkInputs.Transcript("C0000000", TranscriptBytes);
        _json = BenchmarkInputs.JsonBytes(transcript);
        _text = BenchmarkInputs.Text(transcript);
        _calls = new CallsCsvReader(ColumnMapping.Default, null);
    }

    /// <summary>calls.csv row + JSON transcript → validated contact, validated transcript, AHT totals.</summary>
    [Benchmark(Baseline = true)]
    public ContactMetrics JsonTranscriptContact()
    {
        var totals = AddRow(default);
        var transcript = JsonTranscriptReader.Parse(_json, "C0000000");
        return TranscriptRules.Check(transcript).Count == 0 ? ContactMetrics.From(totals) : throw new InvalidOperationException("invalid input");
    }

    /// <summary>The same contact with its transcript in the plain-text format.</summary>
    [Benchmark]
    public ContactMetrics TextTranscriptContact()
    {
        var totals = AddRow(default);
        var transcript = TextTranscriptReader.Parse(new StringReader(_text), "C0000000");
        return TranscriptRules.Check(transcript).Count == 0 ? ContactMetrics.From(totals) : throw new InvalidOperationException("invalid input");
    }

    private ContactTotals AddRow(ContactTotals totals)
    {
        foreach (var parsed in _calls.Read(new StringReader(CallsHeaderAndRow), "calls.csv", static _ => { }))
        {
            totals = totals.Add(parsed.Contact?.Record ?? throw new InvalidOperationException(parsed.Reject!.Reason));
        }

        return totals;
    }

}

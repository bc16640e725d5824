using BenchmarkDotNet.Attributes;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Benchmarks.Parsing;

/// <summary>
/// Throughput of <c>calls.csv</c>: 10,000 rows read, parsed, validated and summed into AHT totals, from
/// memory (no disk), so the number is the parser's, not the file system's.
/// </summary>
[MemoryDiagnoser]
public class CallsCsvBenchmarks
{
    private const int Rows = 10_000;
    private string _csv = string.Empty;

    [GlobalSetup]
    public void Setup() => _csv = BenchmarkInputs.CallsCsv(Rows);

    [Benchmark]
    public ContactMetrics ParseValidateAndTotal10kRows()
    {
        var reader = new CallsCsvReader(ColumnMapping.Default, null);
        var totals = default(ContactTotals);
        foreach (var parsed in reader.Read(new StringReader(_csv), "calls.csv", static _ => { }))
        {
            totals = totals.Add(parsed.Contact?.Record ?? throw new InvalidOperationException(parsed.Reject!.Reason));
        }

        return ContactMetrics.From(totals);
    }
}

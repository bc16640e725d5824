using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace InteractionAnalytics.Benchmarks;

/// <summary>
/// A summary column computed from a benchmark case and its measured statistics (<see langword="null"/> when the case has
/// not run or failed), e.g. the input's size or a throughput derived from the mean. Columns are computed in the host
/// process, so the value must not depend on state set in [GlobalSetup].
/// </summary>
internal sealed class CaseColumn(string name, string legend, Func<BenchmarkCase, Statistics?, string> value) : IColumn
{
    public string Id => nameof(CaseColumn) + "." + ColumnName;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(benchmarkCase, summary[benchmarkCase]?.ResultStatistics);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}

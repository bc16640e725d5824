using InteractionAnalytics.Simulation.Contacts;
using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Output;

/// <summary>
/// Writes <c>simulation-truth.csv</c>: <c>call_id,intent,root_cause,resolution,agent_style,repeat_of</c>, one row per
/// contact in <c>calls.csv</c> order. No value can hold a comma, quote or line break, so nothing is quoted.
/// </summary>
internal sealed class TruthCsvWriter
{
    /// <summary>The file's name, next to <c>calls.csv</c>.</summary>
    public const string FileName = "simulation-truth.csv";

    /// <summary>The header row.</summary>
    public const string Header = "call_id,intent,root_cause,resolution,agent_style,repeat_of";

    private readonly TextWriter _writer;

    /// <summary>Creates the writer and writes the header; the caller owns <paramref name="writer"/>.</summary>
    public TruthCsvWriter(TextWriter writer)
    {
        _writer = writer;
        _writer.Write(Header);
        _writer.Write('\n');
    }

    /// <summary>Writes one row.</summary>
    public void Write(ContactTruth truth)
    {
        _writer.Write(truth.CallId);
        _writer.Write(',');
        _writer.Write(TaxonomyIds.Of(truth.Intent));
        _writer.Write(',');
        _writer.Write(TaxonomyIds.Of(truth.RootCause));
        _writer.Write(',');
        _writer.Write(truth.Resolved ? "resolved" : "unresolved");
        _writer.Write(',');
        _writer.Write(truth.Style is { } style ? TaxonomyIds.Of(style) : string.Empty);
        _writer.Write(',');
        _writer.Write(truth.RepeatOf ?? string.Empty);
        _writer.Write('\n');
    }
}

namespace InteractionAnalytics.Core.Reporting;

/// <summary>Where reports come from (the database).</summary>
public interface IReportSource
{
    /// <summary>Computes the report <paramref name="query"/> asks for.</summary>
    Task<Report> GetReportAsync(ReportQuery query, CancellationToken cancellationToken);
}

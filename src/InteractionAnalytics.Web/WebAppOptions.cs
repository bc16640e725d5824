using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Web;

/// <summary>
/// How the web app runs. <see cref="WebApp.Build"/> takes the caller's values (e.g. <c>ia serve</c>'s options) as
/// defaults and then binds the configuration section <c>WebAppOptions</c> over them, so
/// <c>--WebAppOptions:Database=ia.db</c> works for the standalone host.
/// </summary>
public sealed class WebAppOptions
{
    /// <summary>
    /// The database, as <c>ia --db</c> takes it: a SQLite file path or connection string. Default
    /// (<see langword="null"/>): <c>interaction-analytics.db</c> in the working directory.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>
    /// The addresses to listen on, e.g. <c>http://127.0.0.1:5080</c> (<c>ia serve</c>'s default). <see langword="null"/>
    /// (the default here): the host's configuration (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), else Kestrel's default.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>
    /// The labels a supervisor may correct a contact to (with their names). <see langword="null"/> (the default): every
    /// label already stored (the model's and earlier corrections). <c>ia serve</c> passes the taxonomy it classifies with.
    /// </summary>
    public Taxonomy? Taxonomy { get; set; }

    /// <summary>
    /// The fewest handled contacts an agent needs to appear in the overview's fast-but-not-resolving list (as
    /// <c>ia report --min-sample</c>). Default 30.
    /// </summary>
    public int MinSample { get; set; } = ReportQuery.DefaultMinSample;
}

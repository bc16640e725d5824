using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Qa;
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
    /// The database, as <c>ia --db</c> takes it: a SQLite file path or connection string, or a PostgreSQL connection
    /// string (<c>Host=…</c>) or URL (<c>postgres://…</c>). Default
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
    /// <c>ia report --min-sample</c>), and the fewest an agent's scorecard number needs in its own denominator to be shown.
    /// Default 30.
    /// </summary>
    public int MinSample { get; set; } = ReportQuery.DefaultMinSample;

    /// <summary>
    /// The reverse proxies (IP addresses, e.g. <c>10.0.0.5</c>) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
    /// the app believes: from one of them, the client address and the scheme (https) are the forwarded ones. Empty (the
    /// default): the headers are ignored, and the connection's own address and scheme count. <c>ia serve --known-proxy</c>.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>
    /// Failed sign-ins for one name within <see cref="SignInFailureWindow"/> after which that name is locked until the
    /// oldest of them leaves the window. Default 5.
    /// </summary>
    public int SignInFailuresPerName { get; set; } = 5;

    /// <summary>
    /// Failed sign-ins from one client address (any names) within <see cref="SignInFailureWindow"/> after which that
    /// address is locked the same way. Default 20.
    /// </summary>
    public int SignInFailuresPerAddress { get; set; } = 20;

    /// <summary>The sliding window the sign-in failure limits count in. Default 15 minutes.</summary>
    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The QA form new evaluations use (docs/qa.md). <see langword="null"/> (the default): the shipped form.
    /// <c>ia serve --qa-form</c> parses a file into it, so a bad file fails at start.
    /// </summary>
    public QaForm? QaForm { get; set; }

    /// <summary>
    /// The QA cue rules that pre-answer the form's automatic questions. <see langword="null"/> (the default): the shipped
    /// rules. <c>ia serve --qa-cues</c> parses a file into it.
    /// </summary>
    public QaAutoAnswerer? QaCues { get; set; }

    /// <summary>The fewest submitted evaluations an agent needs before <c>/qa/agents</c> shows their mean QA score. Default 5.</summary>
    public int QaMinEvaluations { get; set; } = DefaultQaMinEvaluations;

    /// <summary>
    /// The classifier and review policy a speaker-role correction reclassifies the contact with at once (docs/web.md);
    /// <see langword="null"/> (the default when the app runs on its own) leaves that to the next ingest. <c>ia serve</c>
    /// sets it from its <c>--model</c>, <c>--rules</c> and <c>--review-threshold</c>, which should match the ingest's.
    /// </summary>
    public ReviewingClassifier? Reclassifier { get; set; }

    /// <summary>The default of <see cref="QaMinEvaluations"/>: 5.</summary>
    public const int DefaultQaMinEvaluations = 5;

    /// <summary>
    /// A submitted QA evaluation scoring strictly below this (0..1) is flagged for coaching; a critical failure always is.
    /// Default 0.7.
    /// </summary>
    public double CoachingQaScoreThreshold { get; set; } = InteractionAnalytics.Storage.Coaching.CoachingFlagRules.DefaultQaScoreThreshold;
}

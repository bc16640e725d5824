using InteractionAnalytics.Core.Qa;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Qa;

/// <summary>The QA form new evaluations use, the cue rules that pre-answer it, and the roll-up's minimum sample, from <see cref="WebAppOptions"/>.</summary>
public sealed class QaSetup
{
    /// <summary>Takes the configured form and cues, else the shipped ones.</summary>
    public QaSetup(IOptions<WebAppOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Form = options.Value.QaForm ?? QaDefaults.Form;
        Answerer = options.Value.QaCues ?? QaDefaults.Answerer;
        MinEvaluations = Math.Max(1, options.Value.QaMinEvaluations);
    }

    /// <summary>The form new evaluations are started with.</summary>
    public QaForm Form { get; }

    /// <summary>Answers the form's automatic questions from a transcript.</summary>
    public QaAutoAnswerer Answerer { get; }

    /// <summary>The fewest submitted evaluations an agent needs before the roll-up shows their mean score (at least 1).</summary>
    public int MinEvaluations { get; }
}

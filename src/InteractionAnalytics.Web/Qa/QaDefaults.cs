using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Web.Qa;

/// <summary>
/// The shipped QA form and QA cue rules, embedded in this assembly from <c>Qa/Defaults/</c> (docs/qa.md): used when
/// <c>ia serve</c> is not given <c>--qa-form</c> or <c>--qa-cues</c>.
/// </summary>
public static class QaDefaults
{
    /// <summary>The default form's file name.</summary>
    public const string FormFileName = "qa-form.json";

    /// <summary>The default cue rules' file name.</summary>
    public const string CuesFileName = "qa-cues.json";

    private static readonly Lazy<QaForm> DefaultForm = new(() => QaForm.Parse(ReadText(FormFileName)));

    private static readonly Lazy<QaAutoAnswerer> DefaultAnswerer = new(() => QaAutoAnswerer.Parse(ReadText(CuesFileName)));

    /// <summary>The default form (parsed once).</summary>
    public static QaForm Form => DefaultForm.Value;

    /// <summary>The default cue rules (parsed once).</summary>
    public static QaAutoAnswerer Answerer => DefaultAnswerer.Value;

    /// <summary>Reads an embedded default's text by its file name.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded (a build problem, not a user error).</exception>
    public static string ReadText(string fileName)
    {
        var name = "InteractionAnalytics.Web.Qa.Defaults." + fileName;
        using var stream = typeof(QaDefaults).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded QA default '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

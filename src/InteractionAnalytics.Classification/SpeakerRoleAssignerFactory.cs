using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Speakers;

namespace InteractionAnalytics.Classification;

/// <summary>
/// Loads speaker cue rules (from a file, or the embedded default <c>Defaults/speaker-cues.json</c> when no path is given)
/// and composes a <see cref="SpeakerRoleAssigner"/> (docs/speaker-roles.md). Every load error is a
/// <see cref="ClassifierSetupException"/> that names the file and the problem.
/// </summary>
public static class SpeakerRoleAssignerFactory
{
    /// <summary>The embedded default speaker cue rules (<c>Defaults/speaker-cues.json</c>).</summary>
    public const string DefaultCuesFileName = "speaker-cues.json";

    /// <summary>Loads a speaker cue rule file, or the default cues when <paramref name="path"/> is null.</summary>
    /// <exception cref="ClassifierSetupException">The file cannot be read or is not a valid cue rule file.</exception>
    public static PhraseRuleSet LoadCues(string? path = null)
    {
        string text;
        try
        {
            text = path is null ? DefaultResources.ReadText(DefaultCuesFileName) : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierSetupException($"Cannot read {path}: {e.Message}", e);
        }

        try
        {
            return SpeakerRoleAssigner.ParseCues(text);
        }
        catch (PhraseRuleFormatException e)
        {
            throw new ClassifierSetupException($"{path ?? DefaultCuesFileName + " (default)"}: {e.Message}", e);
        }
    }

    /// <summary>Composes a speaker role assigner from a cue file (or the default cues) and options.</summary>
    /// <exception cref="ClassifierSetupException">The cues cannot be loaded, or an option is out of range.</exception>
    public static SpeakerRoleAssigner Create(string? cuesPath = null, SpeakerRoleOptions? options = null)
    {
        var cues = LoadCues(cuesPath);
        try
        {
            return new SpeakerRoleAssigner(cues, options);
        }
        catch (ArgumentException e)
        {
            throw new ClassifierSetupException(e.Message, e);
        }
    }
}

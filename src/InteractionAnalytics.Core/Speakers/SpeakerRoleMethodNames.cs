namespace InteractionAnalytics.Core.Speakers;

/// <summary>The lower-case names role methods have in the database and in reports.</summary>
public static class SpeakerRoleMethodNames
{
    /// <summary>The name of <paramref name="method"/>: <c>corrected</c>, <c>configured</c>, <c>declared</c> or <c>inferred</c>.</summary>
    public static string ToName(SpeakerRoleMethod method) => method switch
    {
        SpeakerRoleMethod.Corrected => "corrected",
        SpeakerRoleMethod.Configured => "configured",
        SpeakerRoleMethod.Declared => "declared",
        SpeakerRoleMethod.Inferred => "inferred",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown speaker role method."),
    };

    /// <summary>Parses a method name (ordinal, lower case as stored).</summary>
    /// <returns><see langword="false"/> when <paramref name="name"/> is none of the four names.</returns>
    public static bool TryParse(string? name, out SpeakerRoleMethod method)
    {
        switch (name)
        {
            case "corrected":
                method = SpeakerRoleMethod.Corrected;
                return true;
            case "configured":
                method = SpeakerRoleMethod.Configured;
                return true;
            case "declared":
                method = SpeakerRoleMethod.Declared;
                return true;
            case "inferred":
                method = SpeakerRoleMethod.Inferred;
                return true;
            default:
                method = default;
                return false;
        }
    }
}

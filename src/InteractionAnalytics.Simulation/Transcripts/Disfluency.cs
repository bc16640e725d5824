using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>Makes written phrases read like transcribed speech: leading fillers ("um, so") and the odd stutter ("I- I").</summary>
internal static class Disfluency
{
    /// <summary>Share of customer turns that start with a filler.</summary>
    public const double CustomerFillerShare = 0.22;

    /// <summary>Share of the agent's mid-call turns that start with a filler.</summary>
    public const double AgentFillerShare = 0.12;

    /// <summary>Share of customer turns starting with "I " that stutter.</summary>
    public const double StutterShare = 0.15;

    // A turn that already opens like this gets no extra filler ("Well, oh, hi" reads wrong).
    private static readonly HashSet<string> FillerLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "Um", "Uh", "So", "Yeah", "Okay", "Well", "Oh", "Hi", "Sure", "Alright", "Mm-hmm", "No", "Yes", "Nope", "Hold",
    };

    /// <summary>
    /// Returns <paramref name="text"/> as <paramref name="speaker"/> might have said it. Agent turns get fillers only when
    /// <paramref name="casual"/> (mid-call; greetings and scripted lines stay clean).
    /// </summary>
    public static string Apply(string text, Speaker speaker, bool casual, Random random)
    {
        if (speaker == Speaker.Customer)
        {
            if (text.StartsWith("I ", StringComparison.Ordinal) && random.Chance(StutterShare))
            {
                return "I- " + text;
            }

            return random.Chance(CustomerFillerShare) ? Prefix(random.Pick(PhraseBank.CustomerFillers), text) : text;
        }

        return speaker == Speaker.Agent && casual && random.Chance(AgentFillerShare)
            ? Prefix(random.Pick(PhraseBank.AgentFillers), text)
            : text;
    }

    private static string Prefix(string filler, string text)
    {
        var firstWord = FirstWord(text);
        if (FillerLike.Contains(firstWord) || text.Split(' ').Length < 3)
        {
            return text;
        }

        return filler + (KeepsCapital(firstWord) ? text : char.ToLowerInvariant(text[0]) + text[1..]);
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '-'))
        {
            end++;
        }

        return text[..end];
    }

    // "I", "I'm", names and the company keep their capital after a filler; everything else reads in lower case.
    private static bool KeepsCapital(string word) =>
        word.Length == 0
        || word == "I"
        || word.StartsWith("I'", StringComparison.Ordinal)
        || word == PhraseBank.CompanyName
        || NameBank.IsName(word);
}

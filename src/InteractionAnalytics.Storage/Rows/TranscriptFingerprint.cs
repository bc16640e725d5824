using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage.Rows;

/// <summary>A fingerprint of a transcript's content (language and turns), to tell an unchanged rerun from a corrected file.</summary>
internal static class TranscriptFingerprint
{
    public static string Of(Transcript transcript)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, transcript.Language ?? string.Empty);
        foreach (var turn in transcript.Turns)
        {
            Append(hash, SpeakerNames.ToName(turn.Speaker));
            Append(hash, turn.StartSeconds?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty);
            Append(hash, turn.EndSeconds?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty);
            Append(hash, turn.Text);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0x1f]);
    }
}

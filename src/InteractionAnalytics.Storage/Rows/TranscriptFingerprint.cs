using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage.Rows;

/// <summary>A fingerprint of a transcript's content (language and turns), to tell an unchanged rerun from a corrected file.</summary>
internal static class TranscriptFingerprint
{
    /// <summary>The fingerprint of <paramref name="transcript"/> and, when given, its turns' source speaker labels.</summary>
    public static string Of(Transcript transcript, IReadOnlyList<string>? labels = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, transcript.Language ?? string.Empty);
        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            Append(hash, SpeakerNames.ToName(turn.Speaker));
            if (labels is not null)
            {
                // Only when labels exist, so transcripts stored before labels were kept keep their fingerprint.
                Append(hash, labels[i]);
            }

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

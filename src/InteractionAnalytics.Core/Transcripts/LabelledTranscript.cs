namespace InteractionAnalytics.Core.Transcripts;

/// <summary>
/// A transcript as read from a file, its speakers still labels (<c>spk_0</c>, <c>ch_1</c>, <c>AGENT</c>…). Speaker
/// roles are assigned afterwards (configured mapping, roles the source declares, or inference), which turns it into a
/// <see cref="Transcript"/>.
/// </summary>
/// <param name="CallId">The contact the transcript belongs to.</param>
/// <param name="Language">BCP 47 language tag (e.g. <c>en-US</c>), or <see langword="null"/> when not given.</param>
/// <param name="Turns">The turns in the order spoken (sorted by start when the source is timed).</param>
public sealed record LabelledTranscript(string CallId, string? Language, IReadOnlyList<LabelledTurn> Turns)
{
    /// <summary>
    /// The roles the source itself states, by speaker label: Contact Lens' <c>ParticipantRole</c>, or our JSON and text
    /// formats, whose labels are roles. Empty (the default) when the source only labels speakers.
    /// </summary>
    public IReadOnlyDictionary<string, Speaker> DeclaredRoles { get; init; } = new Dictionary<string, Speaker>(StringComparer.Ordinal);

    /// <summary>
    /// The labelled form of a transcript whose speakers are already roles: each turn's label is its role's name
    /// (<see cref="SpeakerNames.ToName"/>) and every label is declared.
    /// </summary>
    public static LabelledTranscript FromRoles(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var declared = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        var turns = new List<LabelledTurn>(transcript.Turns.Count);
        foreach (var turn in transcript.Turns)
        {
            var label = SpeakerNames.ToName(turn.Speaker);
            declared[label] = turn.Speaker;
            turns.Add(new LabelledTurn(label, turn.StartSeconds, turn.EndSeconds, turn.Text));
        }

        return new LabelledTranscript(transcript.CallId, transcript.Language, turns) { DeclaredRoles = declared };
    }
}

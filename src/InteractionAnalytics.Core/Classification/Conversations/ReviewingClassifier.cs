using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// Classifies one conversation and applies a review policy, from any thread: each call scores with its own
/// <see cref="ConversationScorer"/> (a few small buffers), which suits occasional calls such as reclassifying a contact
/// after a supervisor corrects its speaker roles. Batch work keeps one scorer per thread instead.
/// </summary>
/// <param name="Classifier">The classifier.</param>
/// <param name="Policy">The review policy the ingest uses.</param>
public sealed record ReviewingClassifier(ConversationClassifier Classifier, ReviewPolicy Policy)
{
    /// <summary>Classifies <paramref name="turns"/> and reviews the result.</summary>
    public ReviewedClassification Classify(IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        return Policy.Review(Classifier.CreateScorer().Classify(turns));
    }
}

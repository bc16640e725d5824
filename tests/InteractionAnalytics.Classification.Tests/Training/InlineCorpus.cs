using InteractionAnalytics.Classification.Training;

namespace InteractionAnalytics.Classification.Tests.Training;

/// <summary>A small deterministic corpus of customer sentences for tests that train a tiny model.</summary>
internal static class InlineCorpus
{
    public static readonly string[] Labels = ["billing_dispute", "account_access", "order_delivery", "technical_support"];

    private static readonly string[][] Phrases =
    [
        ["i was charged twice", "there is a fee i do not recognise", "my bill is wrong this month", "why did you charge me 45 dollars"],
        ["i forgot my password", "my account is locked", "i can't log in to the app", "reset my pin please"],
        ["my package never arrived", "where is my order", "when will my new card arrive", "the delivery is late"],
        ["the app keeps crashing", "my internet is down", "the website gives me an error", "the device won't turn on"],
    ];

    private static readonly string[] Openers = ["hi", "hello um", "yes hi so", "uh hi there", "good morning", ""];
    private static readonly string[] Closers = ["", "can you help", "thanks", "it's really annoying", "since four one one one"];

    /// <summary>Labelled sentences built from the phrase lists, deterministic for <paramref name="seed"/>.</summary>
    public static List<TrainingExample> Examples(int count, int seed)
    {
        var random = new Random(seed);
        var examples = new List<TrainingExample>(count);
        for (var i = 0; i < count; i++)
        {
            var label = random.Next(Labels.Length);
            examples.Add(new TrainingExample(Sentence(random, label), Labels[label]));
        }

        return examples;
    }

    private static string Sentence(Random random, int label)
    {
        var phrases = Phrases[label];
        var text = $"{Openers[random.Next(Openers.Length)]} {phrases[random.Next(phrases.Length)]} {Closers[random.Next(Closers.Length)]}";
        if (random.Next(4) == 0)
        {
            // A second, different reason now and then, so probabilities are not all near 0 or 1.
            var other = Phrases[random.Next(Phrases.Length)];
            text += " and also " + other[random.Next(other.Length)];
        }

        return text.Trim();
    }
}

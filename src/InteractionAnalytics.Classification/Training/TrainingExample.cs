namespace InteractionAnalytics.Classification.Training;

/// <summary>One labelled text for training a <see cref="HashedLinearTrainer"/>.</summary>
/// <param name="Text">The text, as a customer or agent would say or write it.</param>
/// <param name="Label">The class label; must be one of the trainer's labels.</param>
/// <param name="Weight">Example weight (&gt; 0); 1 by default. Supervisor corrections weigh more than weak labels.</param>
public sealed record TrainingExample(string Text, string Label, float Weight = 1f);

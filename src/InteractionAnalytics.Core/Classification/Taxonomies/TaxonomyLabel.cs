namespace InteractionAnalytics.Core.Classification.Taxonomies;

/// <summary>One label of a taxonomy.</summary>
/// <param name="Id">Stable snake_case id stored in the database and written in outputs.</param>
/// <param name="Name">Display name.</param>
/// <param name="Definition">What the label means, for supervisors who review classifications.</param>
/// <param name="Examples">Typical phrasings; may be empty.</param>
public sealed record TaxonomyLabel(string Id, string Name, string Definition, IReadOnlyList<string> Examples);

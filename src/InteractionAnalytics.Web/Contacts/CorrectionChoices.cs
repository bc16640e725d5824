using InteractionAnalytics.Core.Classification.Taxonomies;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// The intents and root causes a correction may choose: the configured taxonomy's (<see cref="WebAppOptions.Taxonomy"/>),
/// else every label already stored (the model's and earlier corrections).
/// </summary>
public sealed class CorrectionChoices
{
    private readonly WebDatabase _database;
    private readonly Taxonomy? _taxonomy;

    /// <summary>Creates the service.</summary>
    public CorrectionChoices(WebDatabase database, IOptions<WebAppOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _taxonomy = options.Value.Taxonomy;
    }

    /// <summary>The intents and the root causes, each in the taxonomy's order (else by id).</summary>
    public async Task<(IReadOnlyList<LabelChoice> Intents, IReadOnlyList<LabelChoice> RootCauses)> GetAsync(CancellationToken cancellationToken)
    {
        if (_taxonomy is { } taxonomy)
        {
            return ([.. taxonomy.Intents.Select(l => new LabelChoice(l.Id, l.Name))], [.. taxonomy.RootCauses.Select(l => new LabelChoice(l.Id, l.Name))]);
        }

        var stored = await _database.Database.Contacts.GetFilterValuesAsync(null, cancellationToken);
        return ([.. stored.Intents.Select(i => new LabelChoice(i, i))], [.. stored.RootCauses.Select(r => new LabelChoice(r, r))]);
    }
}

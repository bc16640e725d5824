using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Speakers;

/// <summary>
/// A center's configured mapping from speaker labels to roles, e.g. <c>ch_0=agent,ch_1=customer</c> for recordings whose
/// left channel is always the agent. Labels compare ignoring case. Immutable.
/// </summary>
public sealed class SpeakerRoleMap
{
    private readonly Dictionary<string, Speaker> _roles;

    /// <summary>Creates a map from label → role pairs.</summary>
    /// <exception cref="ArgumentException">A label is empty or given twice.</exception>
    public SpeakerRoleMap(IEnumerable<KeyValuePair<string, Speaker>> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, role) in roles)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ArgumentException("A speaker label in the role map is empty.", nameof(roles));
            }

            if (!_roles.TryAdd(label.Trim(), role))
            {
                throw new ArgumentException($"The speaker label '{label.Trim()}' is mapped twice.", nameof(roles));
            }
        }
    }

    /// <summary>The map with no labels: every label is declared by the source or inferred.</summary>
    public static SpeakerRoleMap Empty { get; } = new([]);

    /// <summary>The number of mapped labels.</summary>
    public int Count => _roles.Count;

    /// <summary>The mapped labels and roles.</summary>
    public IReadOnlyDictionary<string, Speaker> Roles => _roles;

    /// <summary>
    /// Parses <c>label=role[,label=role…]</c>, roles being <c>agent</c>, <c>customer</c>, <c>ivr</c> or <c>system</c>
    /// (e.g. <c>ch_0=agent,ch_1=customer</c> or <c>spk_0=ivr</c>). White space around names is ignored.
    /// </summary>
    /// <exception cref="FormatException">A pair is malformed, a role unknown, or a label given twice; the message names it.</exception>
    public static SpeakerRoleMap Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new List<KeyValuePair<string, Speaker>>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                throw new FormatException($"'{part}' is not label=role (e.g. ch_0=agent).");
            }

            var label = part[..equals].Trim();
            var roleName = part[(equals + 1)..].Trim();
            if (!SpeakerNames.TryParse(roleName, out var role))
            {
                throw new FormatException($"'{roleName}' in '{part}' is not a role; expected agent, customer, ivr or system.");
            }

            pairs.Add(new(label, role));
        }

        try
        {
            return new SpeakerRoleMap(pairs);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>The configured role of <paramref name="label"/>.</summary>
    public bool TryGetRole(string label, out Speaker role) => _roles.TryGetValue(label, out role);

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(",", _roles.Select(pair => $"{pair.Key}={SpeakerNames.ToName(pair.Value)}"));
}

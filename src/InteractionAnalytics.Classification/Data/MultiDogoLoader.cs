using System.Globalization;

namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// Reads MultiDoGO <c>&lt;domain&gt;/{train,dev,test}.tsv</c> (turn-level paper splits, customer turns only): a header, then
/// <c>conversationId, turnNumber, utteranceId, utterance, slot-labels, intent</c>. Domains are read in ordinal name order,
/// and within a domain train, dev, test.
/// </summary>
/// <remarks>
/// About 1% of lines do not split into 6 tab-separated columns (upstream wrote quoted utterances holding tabs or line
/// breaks); they are skipped and recorded, never repaired or thrown on. A multi-intent turn (<c>a&lt;div&gt;b</c>) takes
/// the first of its labels that maps to a taxonomy intent, else the first label; if any of its labels is not in the map
/// the line is skipped as unmapped.
/// </remarks>
internal static class MultiDogoLoader
{
    /// <summary>Separates the labels of a turn with several intents.</summary>
    public const string IntentSeparator = "<div>";

    private static readonly (string File, TrainingSplit Split)[] Splits =
    [
        ("train.tsv", TrainingSplit.Train),
        ("dev.tsv", TrainingSplit.Dev),
        ("test.tsv", TrainingSplit.Test),
    ];

    private static readonly string[] HeaderColumns = ["conversationId", "turnNumber", "utteranceId", "utterance", "slot-labels", "intent"];

    public static void Load(string folder, LabelMap map, DataSetBuilder builder)
    {
        var domains = Directory.GetDirectories(folder);
        if (domains.Length == 0)
        {
            throw new TrainingDataException(folder, null, "no domain folders (expected e.g. 'finance/train.tsv')");
        }

        Array.Sort(domains, StringComparer.Ordinal);
        foreach (var domainFolder in domains)
        {
            var domain = Path.GetFileName(domainFolder);
            foreach (var (file, split) in Splits)
            {
                ReadFile(Path.Combine(domainFolder, file), domain, split, map, builder);
            }
        }
    }

    private static void ReadFile(string path, string domain, TrainingSplit split, LabelMap map, DataSetBuilder builder)
    {
        const string Source = DataSourceNames.MultiDogo;
        using var reader = DataFiles.OpenText(path, $"MultiDoGO {domain} {split.ToString().ToLowerInvariant()} file");
        var header = reader.ReadLine() ?? throw new TrainingDataException(path, 1, "empty file (no header)");
        var headerCells = header.Split('\t');
        if (headerCells.Length != HeaderColumns.Length)
        {
            throw new TrainingDataException(
                path, 1, $"header has {headerCells.Length} tab-separated columns; expected {string.Join(", ", HeaderColumns)}");
        }

        var conversationIndex = DataFiles.RequireColumn(headerCells, "conversationId", path);
        var turnIndex = DataFiles.RequireColumn(headerCells, "turnNumber", path);
        var utteranceIndex = DataFiles.RequireColumn(headerCells, "utterance", path);
        var intentIndex = DataFiles.RequireColumn(headerCells, "intent", path);

        // Conversations in order of first appearance; the first turn's id instance is shared by the later turns.
        var turnsById = new Dictionary<string, List<LabeledUtterance>>(StringComparer.Ordinal);
        var order = new List<(string Id, List<LabeledUtterance> Turns)>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tabs = line.AsSpan().Count('\t');
            if (tabs != HeaderColumns.Length - 1)
            {
                builder.Skip(Source, split, path, lineNumber, $"expected {HeaderColumns.Length} tab-separated columns, found {tabs + 1}");
                continue;
            }

            var cells = line.Split('\t');
            var conversationId = cells[conversationIndex].Trim();
            if (conversationId.Length == 0)
            {
                builder.Skip(Source, split, path, lineNumber, "empty conversationId");
                continue;
            }

            if (!TryParseTurn(cells[turnIndex], out var turn))
            {
                builder.Skip(Source, split, path, lineNumber, $"turnNumber '{cells[turnIndex]}' is not a whole number");
                continue;
            }

            var text = cells[utteranceIndex].Trim();
            if (text.Length == 0)
            {
                builder.Skip(Source, split, path, lineNumber, "empty utterance");
                continue;
            }

            if (!TryMap(cells[intentIndex], map, out var mapping, out var unmapped))
            {
                builder.Skip(Source, split, path, lineNumber, DataSetBuilder.UnmappedReason(unmapped));
                continue;
            }

            if (!turnsById.TryGetValue(conversationId, out var turns))
            {
                turns = [];
                turnsById.Add(conversationId, turns);
                order.Add((conversationId, turns));
            }
            else
            {
                conversationId = turns[0].ConversationId!;
            }

            var utterance = new LabeledUtterance(
                text, Source, mapping.SourceLabel, mapping.Intent, mapping.RootCauseHint, split, domain, conversationId, turn);
            turns.Add(utterance);
            builder.Utterances.Add(utterance);
        }

        foreach (var (id, turns) in order)
        {
            var reason = turns.Find(t => t.Intent is not null);
            builder.Conversations.Add(new LabeledConversation(
                id, domain, split, turns.AsReadOnly(), reason?.Intent, reason?.RootCauseHint, reason?.SourceLabel));
        }
    }

    /// <summary>Picks the mapping of a (possibly multi-intent) label cell.</summary>
    /// <param name="cell">The intent cell, e.g. <c>checkbalance</c> or <c>getseatinfo&lt;div&gt;changeseatassignment</c>.</param>
    /// <param name="map">The MultiDoGO label map.</param>
    /// <param name="mapping">The first label mapping to a taxonomy intent, else the first label's mapping.</param>
    /// <param name="unmapped">The first label that is not in the map, when the result is <see langword="false"/>.</param>
    private static bool TryMap(string cell, LabelMap map, out LabelMapping mapping, out string unmapped)
    {
        unmapped = string.Empty;
        if (!cell.Contains(IntentSeparator, StringComparison.Ordinal))
        {
            var label = cell.Trim();
            if (map.TryGet(label, out var single))
            {
                mapping = single;
                return true;
            }

            unmapped = label;
            mapping = null!;
            return false;
        }

        LabelMapping? first = null;
        LabelMapping? chosen = null;
        foreach (var part in cell.Split(IntentSeparator))
        {
            var label = part.Trim();
            if (!map.TryGet(label, out var candidate))
            {
                // Don't guess: one unknown label makes the whole turn's label unknown.
                unmapped = label;
                mapping = null!;
                return false;
            }

            first ??= candidate;
            if (chosen is null && candidate.Intent is not null)
            {
                chosen = candidate;
            }
        }

        mapping = chosen ?? first!;
        return true;
    }

    /// <summary>Parses <c>4</c> or <c>4.0</c> (upstream writes both); anything with a fraction is rejected.</summary>
    private static bool TryParseTurn(string cell, out int turn)
    {
        var span = cell.AsSpan().Trim();
        if (int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out turn))
        {
            return true;
        }

        if (decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value == decimal.Truncate(value)
            && value <= int.MaxValue)
        {
            turn = (int)value;
            return true;
        }

        turn = 0;
        return false;
    }
}

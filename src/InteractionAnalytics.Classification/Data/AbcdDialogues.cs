using System.Globalization;
using System.Text.Json;

namespace InteractionAnalytics.Classification.Data;

/// <summary>Reads ABCD dialogues (<c>abcd/abcd_sample.json</c>: a JSON array of conversations).</summary>
public static class AbcdDialogues
{
    /// <summary>The sample file's name inside the <c>abcd</c> folder of the data root.</summary>
    public const string SampleFileName = "abcd_sample.json";

    /// <summary>Reads every conversation of an ABCD JSON array, in file order.</summary>
    /// <param name="path">The JSON file, e.g. <c>../shared/data/abcd/abcd_sample.json</c>.</param>
    /// <returns>Each conversation's <c>convo_id</c>, <c>scenario.flow</c>, <c>scenario.subflow</c> and <c>original</c> turns.</returns>
    /// <exception cref="TrainingDataException">The file is missing, is not valid JSON, or a conversation lacks one of those fields.</exception>
    public static IReadOnlyList<ExampleDialogue> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using (var document = DataFiles.ParseJson(path, "ABCD dialogue file"))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new TrainingDataException(path, null, "expected a JSON array of conversations");
            }

            var dialogues = new List<ExampleDialogue>();
            var index = 0;
            foreach (var conversation in document.RootElement.EnumerateArray())
            {
                dialogues.Add(Read(conversation, path, index++));
            }

            return dialogues.AsReadOnly();
        }
    }

    private static ExampleDialogue Read(JsonElement conversation, string path, int index)
    {
        TrainingDataException Missing(string what) => new(path, null, $"conversation {index} has no {what}");

        if (conversation.ValueKind != JsonValueKind.Object)
        {
            throw Missing("object form");
        }

        var id = conversation.TryGetProperty("convo_id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String
            ? idElement.ValueKind == JsonValueKind.Number ? idElement.GetInt64().ToString(CultureInfo.InvariantCulture) : idElement.GetString()!
            : throw Missing("convo_id");
        if (!conversation.TryGetProperty("scenario", out var scenario) || scenario.ValueKind != JsonValueKind.Object)
        {
            throw Missing("scenario");
        }

        var flow = StringProperty(scenario, "flow") ?? throw Missing("scenario.flow");
        var subflow = StringProperty(scenario, "subflow") ?? throw Missing("scenario.subflow");
        if (!conversation.TryGetProperty("original", out var original) || original.ValueKind != JsonValueKind.Array)
        {
            throw Missing("original turns");
        }

        var turns = new List<DialogueTurn>();
        foreach (var turn in original.EnumerateArray())
        {
            if (turn.ValueKind != JsonValueKind.Array || turn.GetArrayLength() != 2
                || turn[0].ValueKind != JsonValueKind.String || turn[1].ValueKind != JsonValueKind.String)
            {
                throw new TrainingDataException(path, null, $"conversation {id} has a turn that is not [speaker, text]");
            }

            turns.Add(new DialogueTurn(turn[0].GetString()!, turn[1].GetString()!));
        }

        return new ExampleDialogue(id, flow, subflow, turns.AsReadOnly());
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

using System.Text.Json;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>Reads one <c>ia classify</c> input line.</summary>
internal static class ClassifyInputLine
{
    public static bool TryParse(string line, out string? id, out IReadOnlyList<Turn> turns, out string error)
    {
        id = null;
        turns = [];
        error = "";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "a line must be a JSON object with \"id\" and \"text\" or \"turns\"";
                return false;
            }

            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                };
            }

            if (id is null)
            {
                error = "\"id\" (a string or number) is required";
                return false;
            }

            if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                turns = [new Turn(Speaker.Customer, null, null, text.GetString()!)];
                return true;
            }

            if (root.TryGetProperty("turns", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                var list = new List<Turn>();
                var index = 0;
                foreach (var turn in array.EnumerateArray())
                {
                    if (turn.ValueKind != JsonValueKind.Object
                        || !turn.TryGetProperty("text", out var turnText) || turnText.ValueKind != JsonValueKind.String)
                    {
                        error = $"turns[{index}] needs a string \"text\"";
                        return false;
                    }

                    var speaker = Speaker.Customer;
                    if (turn.TryGetProperty("speaker", out var speakerElement))
                    {
                        if (speakerElement.ValueKind != JsonValueKind.String || !SpeakerNames.TryParse(speakerElement.GetString(), out speaker))
                        {
                            error = $"turns[{index}].speaker must be agent, customer, ivr or system";
                            return false;
                        }
                    }

                    list.Add(new Turn(speaker, null, null, turnText.GetString()!));
                    index++;
                }

                turns = list;
                return true;
            }

            error = "a line needs \"text\" (a string) or \"turns\" (an array)";
            return false;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON: {e.Message}";
            return false;
        }
    }
}

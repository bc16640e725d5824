using System.CommandLine;
using System.Text;
using System.Text.Json;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>
/// <c>ia classify</c>: JSON Lines in, JSON Lines out (docs/classify-jsonl.md). Each input line is
/// <c>{"id", "text"}</c> or <c>{"id", "turns": [{"speaker", "text"}]}</c>; each output line is
/// <c>{"id", "intent", "intent_confidence", "root_cause", "root_cause_confidence", "evidence": [...], "model_version"}</c>,
/// or <c>{"id", "line", "error"}</c> for a line that cannot be read, so output lines match input lines one to one.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input") { Description = "JSON Lines file to read (default: standard input).", HelpName = "file" };
        var output = new Option<string?>("--output") { Description = "JSON Lines file to write (default: standard output).", HelpName = "file" };
        var model = CommonOptions.Model();
        var taxonomy = CommonOptions.Taxonomy();
        var rules = CommonOptions.Rules();

        var command = new Command("classify", "Classify texts or conversations given as JSON Lines: intent, root cause, confidences and evidence.")
        {
            input, output, model, taxonomy, rules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ConversationScorer scorer;
            try
            {
                scorer = ClassifierFactory.Create(parse.GetValue(model), parse.GetValue(taxonomy), parse.GetValue(rules)).CreateScorer();
            }
            catch (ClassifierSetupException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }

            var inputPath = parse.GetValue(input);
            var outputPath = parse.GetValue(output);
            try
            {
                using var reader = inputPath is null ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(inputPath, Encoding.UTF8);
                await using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                var writer = (TextWriter?)file ?? context.Output;
                var errors = 0;
                var lineNumber = 0;
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    string result;
                    if (ClassifyInputLine.TryParse(line, out var id, out var turns, out var error))
                    {
                        result = ClassifyOutputLine.Format(id, scorer.Classify(turns));
                    }
                    else
                    {
                        errors++;
                        await context.Error.WriteLineAsync($"line {lineNumber}: {error}");
                        result = ClassifyOutputLine.FormatError(id, lineNumber, error);
                    }

                    await writer.WriteLineAsync(result);
                }

                await writer.FlushAsync(cancellationToken);
                return errors > 0 ? ExitCodes.Rejects : ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}

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

/// <summary>Writes one <c>ia classify</c> output line.</summary>
internal static class ClassifyOutputLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string? id, ContactClassification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Write(w =>
        {
            w.WriteString("id", id);
            w.WriteString("intent", c.Intent);
            w.WriteNumber("intent_confidence", Math.Round(c.IntentConfidence, 4));
            w.WriteString("root_cause", c.RootCause);
            w.WriteNumber("root_cause_confidence", Math.Round(c.RootCauseConfidence, 4));
            w.WritePropertyName("evidence");
            EvidenceJson.WriteArray(w, c.Evidence);
            w.WriteString("model_version", c.ModelVersion);
        });
    }

    public static string FormatError(string? id, int line, string error) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteNumber("line", line);
        w.WriteString("error", error);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.CommandLine;
using System.Text;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Conversations;

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

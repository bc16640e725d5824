using System.Globalization;
using System.Text.Json;

namespace InteractionAnalytics.Core.Qa;

/// <summary>Reads and validates the JSON form file behind <see cref="QaForm.Parse"/>.</summary>
internal static class QaFormParser
{
    private const int MaxIdLength = 100;
    private const int MaxTextLength = 1_000;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly string[] FormKeys = ["id", "version", "title", "description", "sections"];
    private static readonly string[] SectionKeys = ["id", "title", "questions"];
    private static readonly string[] QuestionKeys = ["id", "text", "weight", "critical", "allow_na", "auto"];

    public static QaForm Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new QaFormFormatException($"The QA form is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail("The QA form must be a JSON object with \"id\", \"version\", \"title\" and \"sections\"");
            }

            var form = Properties(root, FormKeys, "The form");
            var id = ReadId(form, "The form");
            var version = ReadVersion(form);
            var title = ReadText(form, "title", "The form");
            if (form.TryGetValue("description", out var description) && description.ValueKind != JsonValueKind.String)
            {
                throw Fail("The form: \"description\" must be a string");
            }

            if (!form.TryGetValue("sections", out var sectionsElement) || sectionsElement.ValueKind != JsonValueKind.Array)
            {
                throw Fail("The form: \"sections\" is missing or not an array of sections");
            }

            if (sectionsElement.GetArrayLength() == 0)
            {
                throw Fail("The form is empty: \"sections\" has no section; a form needs at least one section with one question");
            }

            var sectionIds = new HashSet<string>(StringComparer.Ordinal);
            var questionIds = new Dictionary<string, string>(StringComparer.Ordinal);
            var sections = new List<QaSection>();
            var number = 0;
            foreach (var sectionElement in sectionsElement.EnumerateArray())
            {
                number++;
                var section = ReadSection(sectionElement, number, questionIds);
                if (!sectionIds.Add(section.Id))
                {
                    throw Fail($"Section '{section.Id}' (section #{number}): duplicate id; section ids must be unique");
                }

                sections.Add(section);
            }

            return new QaForm(id, version, title, sections);
        }
    }

    private static QaSection ReadSection(JsonElement element, int number, Dictionary<string, string> questionIds)
    {
        var label = $"Section #{number}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"{label}: must be an object with \"id\", \"title\" and \"questions\"");
        }

        var properties = Properties(element, SectionKeys, label);
        var id = ReadId(properties, label);
        label = $"Section '{id}' (section #{number})";
        var title = ReadText(properties, "title", label);
        if (!properties.TryGetValue("questions", out var questionsElement) || questionsElement.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"{label}: \"questions\" is missing or not an array of questions");
        }

        if (questionsElement.GetArrayLength() == 0)
        {
            throw Fail($"{label}: has no questions; remove the section or add a question");
        }

        var questions = new List<QaQuestion>();
        var questionNumber = 0;
        foreach (var questionElement in questionsElement.EnumerateArray())
        {
            questionNumber++;
            var question = ReadQuestion(questionElement, $"{label}, question #{questionNumber}");
            if (questionIds.TryGetValue(question.Id, out var where))
            {
                throw Fail($"{label}, question '{question.Id}': duplicate id (also in section '{where}'); question ids must be unique in the whole form");
            }

            questionIds.Add(question.Id, id);
            questions.Add(question);
        }

        return new QaSection(id, title, questions);
    }

    private static QaQuestion ReadQuestion(JsonElement element, string label)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"{label}: must be an object with \"id\", \"text\" and \"weight\"");
        }

        var properties = Properties(element, QuestionKeys, label);
        var id = ReadId(properties, label);
        label = label[..label.LastIndexOf(", question #", StringComparison.Ordinal)] + $", question '{id}'";
        var text = ReadText(properties, "text", label);
        if (!properties.TryGetValue("weight", out var weightElement) || weightElement.ValueKind != JsonValueKind.Number)
        {
            throw Fail($"{label}: \"weight\" is missing or not a number (the points a \"yes\" earns)");
        }

        var weight = weightElement.GetDouble();
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw Fail($"{label}: weight {weightElement.GetRawText()} must be greater than 0 (the points a \"yes\" earns)");
        }

        var critical = ReadBool(properties, "critical", label);
        var allowNa = ReadBool(properties, "allow_na", label);
        QaAutoKind? auto = null;
        if (properties.TryGetValue("auto", out var autoElement) && autoElement.ValueKind != JsonValueKind.Null)
        {
            if (autoElement.ValueKind != JsonValueKind.String || !QaAutoKinds.TryParse(autoElement.GetString(), out var kind))
            {
                throw Fail($"{label}: unknown auto kind {autoElement.GetRawText()} (known: {string.Join(", ", QaAutoKinds.Names)})");
            }

            auto = kind;
        }

        return new QaQuestion(id, text, weight, critical, allowNa, auto);
    }

    private static string ReadId(Dictionary<string, JsonElement> properties, string label)
    {
        if (!properties.TryGetValue("id", out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw Fail($"{label}: \"id\" is missing or not a string");
        }

        var id = element.GetString()!;
        if (id.Length == 0 || id.Length > MaxIdLength || !char.IsAsciiLetterOrDigit(id[0])
            || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-')))
        {
            throw Fail($"{label}: id \"{id}\" must be 1 to {MaxIdLength} letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        return id;
    }

    private static string ReadVersion(Dictionary<string, JsonElement> properties)
    {
        if (!properties.TryGetValue("version", out var element))
        {
            throw Fail("The form: \"version\" is missing");
        }

        var version = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!.Trim(),
            JsonValueKind.Number when element.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => throw Fail("The form: \"version\" must be a string or a whole number"),
        };
        return version.Length is > 0 and <= MaxIdLength ? version : throw Fail("The form: \"version\" is empty or too long");
    }

    private static string ReadText(Dictionary<string, JsonElement> properties, string key, string label)
    {
        if (!properties.TryGetValue(key, out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw Fail($"{label}: \"{key}\" is missing or not a string");
        }

        var text = element.GetString()!.Trim();
        if (text.Length == 0)
        {
            throw Fail($"{label}: \"{key}\" is empty");
        }

        return text.Length <= MaxTextLength ? text : throw Fail($"{label}: \"{key}\" is longer than {MaxTextLength} characters");
    }

    private static bool ReadBool(Dictionary<string, JsonElement> properties, string key, string label) =>
        !properties.TryGetValue(key, out var element)
            ? false
            : element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Fail($"{label}: \"{key}\" must be true or false"),
            };

    /// <summary>The object's properties by name; an unknown or repeated key is an error (it is usually a typo).</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element, string[] known, string label)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                throw Fail($"{label}: unknown key \"{property.Name}\" (known: {string.Join(", ", known)})");
            }

            if (!properties.TryAdd(property.Name, property.Value))
            {
                throw Fail($"{label}: key \"{property.Name}\" appears twice");
            }
        }

        return properties;
    }

    private static QaFormFormatException Fail(string message) => new(message);
}

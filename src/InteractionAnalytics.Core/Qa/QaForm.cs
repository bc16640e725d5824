using System.Text.Json;

namespace InteractionAnalytics.Core.Qa;

/// <summary>
/// A QA evaluation form: sections of weighted questions, some critical, some answered automatically from the transcript
/// (docs/qa.md describes the file). Parsed and validated by <see cref="Parse"/>; an evaluation stores the form as it was
/// (<see cref="ToJson"/>), so changing the form later does not change old evaluations. Immutable and thread-safe.
/// </summary>
public sealed class QaForm
{
    private readonly Dictionary<string, QaQuestion> _questions;

    internal QaForm(string id, string version, string title, IReadOnlyList<QaSection> sections)
    {
        Id = id;
        Version = version;
        Title = title;
        Sections = sections;
        _questions = sections.SelectMany(s => s.Questions).ToDictionary(q => q.Id, StringComparer.Ordinal);
        Questions = [.. sections.SelectMany(s => s.Questions)];
    }

    /// <summary>The form's id, e.g. <c>default</c>.</summary>
    public string Id { get; }

    /// <summary>The form's version as the file writes it, e.g. <c>1</c> or <c>2026-11</c>.</summary>
    public string Version { get; }

    /// <summary>The form's title.</summary>
    public string Title { get; }

    /// <summary>The sections, in form order; at least one, each with at least one question.</summary>
    public IReadOnlyList<QaSection> Sections { get; }

    /// <summary>Every question of every section, in form order.</summary>
    public IReadOnlyList<QaQuestion> Questions { get; }

    /// <summary>The most points an evaluation can earn: the sum of every question's weight (when none is N/A).</summary>
    public double MaxPoints => Questions.Sum(q => q.Weight);

    /// <summary>
    /// Parses and validates a form file. The JSON may contain comments and trailing commas.
    /// </summary>
    /// <exception cref="QaFormFormatException">
    /// The text is not valid JSON, or the form is unusable: a missing or mistyped value, an unknown key, no sections, a
    /// section without questions, a duplicate section or question id, a weight that is not greater than 0, an unknown
    /// <c>auto</c> kind. The message names the section or question.
    /// </exception>
    public static QaForm Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return QaFormParser.Parse(json);
    }

    /// <summary>The question with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public QaQuestion? FindQuestion(string id) => _questions.GetValueOrDefault(id);

    /// <summary>The form as JSON that <see cref="Parse"/> reads back to an equal form (the snapshot an evaluation keeps).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id);
            writer.WriteString("version", Version);
            writer.WriteString("title", Title);
            writer.WriteStartArray("sections");
            foreach (var section in Sections)
            {
                writer.WriteStartObject();
                writer.WriteString("id", section.Id);
                writer.WriteString("title", section.Title);
                writer.WriteStartArray("questions");
                foreach (var q in section.Questions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", q.Id);
                    writer.WriteString("text", q.Text);
                    writer.WriteNumber("weight", q.Weight);
                    writer.WriteBoolean("critical", q.Critical);
                    writer.WriteBoolean("allow_na", q.AllowNotApplicable);
                    if (q.Auto is { } auto)
                    {
                        writer.WriteString("auto", QaAutoKinds.Name(auto));
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

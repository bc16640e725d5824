using System.Globalization;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Benchmarks.Parsing;

/// <summary>Deterministic inputs of a given size, built once per benchmark in [GlobalSetup].</summary>
internal static class BenchmarkInputs
{
    private static readonly string[] AgentLines =
    [
        "Thank you for calling, this is Sam, can I have your account number please?",
        "I see the charge from the fourteenth, let me put you on a short hold while I check that.",
        "Thanks for holding. I have reversed the duplicate charge, it will show in three to five business days.",
        "Is there anything else I can help you with today?",
    ];

    private static readonly string[] CustomerLines =
    [
        "Hi, um, yes, it's four four one two seven, I was charged twice for my last order.",
        "Okay, I already called last week and the rep told me it was fixed, so I'm pretty frustrated.",
        "Alright, thank you, that's good to hear.",
        "No, that's all, thanks for your help.",
    ];

    /// <summary>A transcript of about <paramref name="bytes"/> bytes of JSON, alternating agent and customer.</summary>
    public static Transcript Transcript(string callId, int bytes)
    {
        var turns = new List<Turn>();
        var size = 0;
        var clock = 0.0;
        for (var i = 0; size < bytes; i++)
        {
            var speaker = i % 2 == 0 ? Speaker.Agent : Speaker.Customer;
            var text = (speaker == Speaker.Agent ? AgentLines : CustomerLines)[(i / 2) % 4];
            var seconds = text.Length / 15.0;
            turns.Add(new Turn(speaker, Math.Round(clock, 2), Math.Round(clock + seconds, 2), text));
            clock += seconds + 0.4;
            size += text.Length + 70;
        }

        return new Transcript(callId, "en", turns);
    }

    public static byte[] JsonBytes(Transcript transcript)
    {
        using var stream = new MemoryStream();
        TranscriptWriter.WriteJson(stream, transcript);
        return stream.ToArray();
    }

    public static string Text(Transcript transcript)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        TranscriptWriter.WriteText(writer, transcript);
        return writer.ToString();
    }

    /// <summary>A v1 <c>calls.csv</c> with <paramref name="rows"/> contacts, one in ten abandoned.</summary>
    public static string CallsCsv(int rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new CallsCsvWriter(text);
        var start = new DateTimeOffset(2026, 11, 17, 8, 0, 0, TimeSpan.FromHours(-5));
        for (var i = 0; i < rows; i++)
        {
            var at = start.AddSeconds(i * 7);
            var abandoned = i % 10 == 9;
            var talk = 120 + (i * 37 % 600);
            writer.Write(new ContactRecord
            {
                CallId = $"C{i:D7}",
                CustomerId = $"CU{i % 5000:D6}",
                AgentId = abandoned ? null : $"A{i % 40:D4}",
                Team = abandoned ? null : "North",
                Queue = "billing",
                StartedAt = at,
                AnsweredAt = abandoned ? null : at.AddSeconds(45),
                EndedAt = abandoned ? at.AddSeconds(60) : at.AddSeconds(45 + talk + 30),
                IvrSeconds = 20,
                QueueSeconds = abandoned ? 40 : 25,
                TalkSeconds = abandoned ? 0 : talk,
                HoldSeconds = abandoned ? 0 : 30,
                HoldCount = abandoned ? 0 : 1,
                AcwSeconds = abandoned ? 0 : 40,
                Abandoned = abandoned,
                Disposition = abandoned ? "abandoned" : "resolved",
            });
        }

        return text.ToString();
    }

}

using System.Text;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts;

public sealed class TranscriptReaderTests
{
    private static Transcript Json(string json, string callId = "C1") => JsonTranscriptReader.Parse(Encoding.UTF8.GetBytes(json), callId);

    [Test]
    public void Json_GenericFormat_ReadsTurns()
    {
        var t = Json("""{"call_id":"C1","language":"en","turns":[{"speaker":"agent","start":0.0,"end":3.2,"text":"Thanks for calling"},{"speaker":"customer","start":3.5,"end":6,"text":"Hi"}]}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Language, Is.EqualTo("en"));
            Assert.That(t.Turns, Has.Count.EqualTo(2));
            Assert.That(t.Turns[0], Is.EqualTo(new Turn(Speaker.Agent, 0, 3.2, "Thanks for calling")));
            Assert.That(t.Turns[1].Speaker, Is.EqualTo(Speaker.Customer));
        }
    }

    [TestCase("""{"call_id":"C1","turns":[{"speaker":"agent","text":"hi"}""", "invalid JSON at line 1")]
    [TestCase("""{"call_id":"C2","turns":[]}""", "file name says 'C1'")]
    [TestCase("""{"turns":[{"speaker":"bot","text":"hi"}]}""", "unknown speaker 'bot'")]
    [TestCase("""{"turns":[{"speaker":"agent"}]}""", "turn 1 has no \"text\"")]
    [TestCase("""{"turns":[{"speaker":"agent","start":"zero","text":"x"}]}""", "\"start\" must be a number")]
    [TestCase("""[1,2]""", "expected a JSON object")]
    [TestCase("""{"call_id":"C1"}""", "missing \"turns\"")]
    public void Json_Broken_ClearReason(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Json(json));

        Assert.That(ex.Message, Does.Contain(expected));
    }

    [Test]
    public void Text_WithAndWithoutTimes_TurnsAndEndsFromNextStart()
    {
        const string text = "[00:00] Agent: Thank you for calling.\n[00:04] Customer: Hi, I was charged twice\nfor the same order.\n\n[01:02:03] Agent: Let me check.\n";

        var t = TextTranscriptReader.Parse(new StringReader(text), "C1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Turns, Has.Count.EqualTo(3));
            Assert.That(t.Turns[0], Is.EqualTo(new Turn(Speaker.Agent, 0, 4, "Thank you for calling.")));
            Assert.That(t.Turns[1], Is.EqualTo(new Turn(Speaker.Customer, 4, 3723, "Hi, I was charged twice for the same order.")));
            Assert.That(t.Turns[2], Is.EqualTo(new Turn(Speaker.Agent, 3723, null, "Let me check.")));
        }
    }

    [Test]
    public void Text_NoTimes_TurnsWithoutTimes()
    {
        var t = TextTranscriptReader.Parse(new StringReader("Agent: Hello\nCustomer: Hi\nIVR: Goodbye"), "C1");

        Assert.That(t.Turns.Select(x => (x.Speaker, x.StartSeconds)), Is.EqualTo(new[] { (Speaker.Agent, (double?)null), (Speaker.Customer, null), (Speaker.Ivr, null) }));
    }

    [TestCase("Hello there\nAgent: hi", "line 1: expected a speaker prefix")]
    [TestCase("[0x:00] Agent: hi", "line 1: time prefix")]
    public void Text_Broken_ClearReason(string text, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => TextTranscriptReader.Parse(new StringReader(text), "C1"));

        Assert.That(ex.Message, Does.Contain(expected));
    }

    [Test]
    public void Writers_RoundTripThroughReaders()
    {
        var transcript = new Transcript("C1", "en", [new Turn(Speaker.Ivr, 0, 5, "Press one"), new Turn(Speaker.Agent, 5, 9.5, "Hello, \"quoted\""), new Turn(Speaker.Customer, 12, 15, "Hi")]);
        using var stream = new MemoryStream();
        TranscriptWriter.WriteJson(stream, transcript);
        var text = new StringWriter();
        TranscriptWriter.WriteText(text, transcript);

        var fromJson = JsonTranscriptReader.Parse(stream.ToArray(), "C1");
        var fromText = TextTranscriptReader.Parse(new StringReader(text.ToString()), "C1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromJson.Turns, Is.EqualTo(transcript.Turns));
            Assert.That(fromText.Turns.Select(t => (t.Speaker, t.Text, t.StartSeconds)), Is.EqualTo(transcript.Turns.Select(t => (t.Speaker, t.Text, (double?)Math.Floor(t.StartSeconds!.Value)))));
        }
    }
}

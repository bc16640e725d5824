using System.Text.Json.Nodes;
using InteractionAnalytics.Ingestion.Transcripts;
using static InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor.VendorSamples;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

public sealed class AwsTranscribeReaderTests
{
    private static string Word(string content, string start, string end, string label = "")
    {
        var speaker = label.Length > 0 ? $"\"speaker_label\":\"{label}\"," : "";
        return $$"""{"type":"pronunciation","start_time":"{{start}}","end_time":"{{end}}",{{speaker}}"alternatives":[{"content":"{{content}}"}]}""";
    }

    private static string Mark(string content) => $$"""{"type":"punctuation","alternatives":[{"confidence":"0.0","content":"{{content}}"}]}""";

    private static string Items(params string[] items) =>
        """{"jobName":"j","accountId":"1","results":{"transcripts":[{"transcript":""}],"items":[""" + string.Join(",", items) + "]}}";

    private static string ChannelWord(string channel, string content, string start, string end) =>
        $$"""{"type":"pronunciation","channel_label":"{{channel}}","start_time":"{{start}}","end_time":"{{end}}","alternatives":[{"content":"{{content}}"}]}""";

    private static string ChannelMark(string channel, string content) =>
        $$"""{"type":"punctuation","channel_label":"{{channel}}","alternatives":[{"confidence":"0.0","content":"{{content}}"}]}""";

    private static string Channel(string label, params string[] items) =>
        $$"""{"channel_label":"{{label}}","items":[{{string.Join(",", items)}}]}""";

    private static string Channels(params string[] channels) =>
        """{"jobName":"j","results":{"transcripts":[{"transcript":""}],"channel_labels":{"channels":[""" + string.Join(",", channels)
        + """],"number_of_channels":2},"items":[]}}""";

    [Test]
    public void Parse_SpeakerLabelsSample_OneTurnPerSpeakerWithPunctuation()
    {
        var t = AwsTranscribeReader.Parse(Read("aws-transcribe-speaker-labels.json"), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "spk_0", 4.87, 6.88, "I've been on hold for an hour.");
        AssertTurn(t.Turns[1], "spk_1", 8.49, 9.24, "Sorry about that.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.CallId, Is.EqualTo("C1"), "jobName is ignored");
            Assert.That(t.Language, Is.Null);
            Assert.That(t.DeclaredRoles, Is.Empty);
        }
    }

    [Test]
    public void Parse_ChannelLabelsSample_ChannelsInterleavedByTime()
    {
        var t = AwsTranscribeReader.Parse(Read("aws-transcribe-channel-labels.json"), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(3));
        AssertTurn(t.Turns[0], "ch_0", 4.86, 6.87, "I've been on hold for an hour.");
        AssertTurn(t.Turns[1], "ch_1", 8.5, 9.25, "Sorry about that.");
        // ch_1 spoke between ch_0's "hour" and "Let": ch_0 starts a new turn.
        AssertTurn(t.Turns[2], "ch_0", 9.95, 10.6, "Let me check.");
        Assert.That(t.Language, Is.EqualTo("en-US"), "from the items' language_code");
    }

    [Test]
    public void Parse_ChannelReplyInsideLongSentence_AgentCustomerAgentTurns()
    {
        // The customer's "Mm-hm." (ch_1, listed second) falls inside the agent's sentence (ch_0): turns built per channel
        // would give one agent turn from 0.0 to 3.3 s spanning it.
        var json = Channels(
            Channel(
                "ch_0",
                ChannelWord("ch_0", "I", "0.0", "0.2"), ChannelWord("ch_0", "can", "0.2", "0.4"), ChannelWord("ch_0", "see", "0.4", "0.7"),
                ChannelWord("ch_0", "your", "0.7", "0.9"), ChannelWord("ch_0", "account", "0.9", "1.5"), ChannelMark("ch_0", ","),
                ChannelWord("ch_0", "and", "1.8", "2.0"), ChannelWord("ch_0", "the", "2.0", "2.1"), ChannelWord("ch_0", "payment", "2.1", "2.6"),
                ChannelWord("ch_0", "went", "2.6", "2.9"), ChannelWord("ch_0", "through", "2.9", "3.3"), ChannelMark("ch_0", ".")),
            Channel("ch_1", ChannelWord("ch_1", "Mm-hm", "1.6", "1.9"), ChannelMark("ch_1", ".")));

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(3));
        AssertTurn(t.Turns[0], "ch_0", 0.0, 1.5, "I can see your account,");
        AssertTurn(t.Turns[1], "ch_1", 1.6, 1.9, "Mm-hm.");
        // Starts while the customer is still speaking (1.8 s < 1.9 s): the overlap is kept.
        AssertTurn(t.Turns[2], "ch_0", 1.8, 3.3, "and the payment went through.");
    }

    [Test]
    public void Parse_ChannelWordsStartTogether_ChannelListedFirstGoesFirst()
    {
        var json = Channels(
            Channel("ch_1", ChannelWord("ch_1", "Hello", "5.0", "5.4"), ChannelMark("ch_1", "?")),
            Channel("ch_0", ChannelWord("ch_0", "Hi", "5.0", "5.2"), ChannelMark("ch_0", ".")));

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "ch_1", 5.0, 5.4, "Hello?");
        AssertTurn(t.Turns[1], "ch_0", 5.0, 5.2, "Hi.");
    }

    [Test]
    public void Parse_ChannelTimesGoBackwards_RejectedWithTheChannelsItemNumber()
    {
        var json = Channels(
            Channel("ch_0", ChannelWord("ch_0", "fine", "1.0", "1.2")),
            Channel("ch_1", ChannelWord("ch_1", "late", "14.10", "14.5"), ChannelWord("ch_1", "early", "12.30", "12.6")));

        var ex = Assert.Throws<TranscriptFormatException>(() => AwsTranscribeReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(
            "times go backwards: item 2 (ch_1) starts at 12.30 s, before the previous item of ch_1 at 14.10 s"));
    }

    [Test]
    public void Parse_AudioSegmentsSample_OneTurnPerSegmentNotMerged()
    {
        var t = AwsTranscribeReader.Parse(Read("aws-transcribe-audio-segments.json"), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(3));
        AssertTurn(t.Turns[0], "spk_0", 4.87, 6.88, "I've been on hold for an hour.");
        AssertTurn(t.Turns[1], "spk_1", 8.49, 9.24, "Sorry about that.");
        // Same speaker 0.37 s later: the items would make one turn, the segments stay two.
        AssertTurn(t.Turns[2], "spk_1", 9.61, 11.17, "Let me look into it.");
    }

    [Test]
    public void Parse_SpeakerSegmentsWithoutAudioSegments_OneTurnPerSegmentNotMerged()
    {
        // The audio-segments sample without its audio_segments: labelled items plus speaker_labels.segments.
        var file = JsonNode.Parse(Read("aws-transcribe-audio-segments.json"))!;
        file["results"]!.AsObject().Remove("audio_segments");

        var t = AwsTranscribeReader.Parse(Utf8(file.ToJsonString()), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(3));
        AssertTurn(t.Turns[0], "spk_0", 4.87, 6.88, "I've been on hold for an hour.");
        AssertTurn(t.Turns[1], "spk_1", 8.49, 9.24, "Sorry about that.");
        // Same speaker 0.37 s later, but the speaker segment starting at 9.61 s starts a turn.
        AssertTurn(t.Turns[2], "spk_1", 9.61, 11.17, "Let me look into it.");
    }

    [Test]
    public void Parse_OlderOutputConsecutiveSegmentsOfOneSpeaker_OneTurnPerSegment()
    {
        // Items carry no labels; the second segment's own start_time (1.0) is earlier than its first item's (1.2).
        const string json = """
            {"results":{"transcripts":[{"transcript":"Hi. Hello there."}],
             "speaker_labels":{"speakers":1,"segments":[
               {"start_time":"0.5","speaker_label":"spk_0","end_time":"0.9","items":[{"start_time":"0.5","speaker_label":"spk_0","end_time":"0.9"}]},
               {"start_time":"1.0","speaker_label":"spk_0","end_time":"2.1","items":[
                 {"start_time":"1.2","speaker_label":"spk_0","end_time":"1.6"},{"start_time":"1.6","speaker_label":"spk_0","end_time":"2.1"}]}]},
             "items":[
               {"start_time":"0.5","end_time":"0.9","alternatives":[{"confidence":"1.0","content":"Hi"}],"type":"pronunciation"},
               {"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"},
               {"start_time":"1.2","end_time":"1.6","alternatives":[{"confidence":"1.0","content":"Hello"}],"type":"pronunciation"},
               {"start_time":"1.6","end_time":"2.1","alternatives":[{"confidence":"1.0","content":"there"}],"type":"pronunciation"},
               {"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"}]}}
            """;

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "spk_0", 0.5, 0.9, "Hi.");
        AssertTurn(t.Turns[1], "spk_0", 1.2, 2.1, "Hello there.");
    }

    [Test]
    public void Parse_PauseLongerThanTwoSeconds_NewTurnOfSameSpeaker()
    {
        var json = Items(
            Word("Hello", "0.0", "0.5", "spk_0"), Word("there", "0.6", "1.0", "spk_0"), Mark("."),
            Word("Are", "3.1", "3.3", "spk_0"), Word("you", "3.3", "3.5", "spk_0"), Mark("?"),
            Word("Still", "5.5", "5.9", "spk_0"), Word("there", "5.9", "6.2", "spk_0"), Mark("?"));

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "spk_0", 0.0, 1.0, "Hello there.");
        // 3.5 → 5.5 is exactly 2.0 s: not more than the limit, so the turn goes on.
        AssertTurn(t.Turns[1], "spk_0", 3.1, 6.2, "Are you? Still there?");
    }

    [Test]
    public void Parse_NoSpeakerOrChannelInformation_SpkZeroOneTurnPerSentence()
    {
        var json = Items(
            Word("Hello", "0.0", "0.4"), Mark("."),
            Word("How", "0.5", "0.7"), Word("are", "0.7", "0.8"), Word("you", "0.8", "1.0"), Mark("?"));

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "spk_0", 0.0, 0.4, "Hello.");
        AssertTurn(t.Turns[1], "spk_0", 0.5, 1.0, "How are you?");
    }

    [Test]
    public void Parse_OlderOutputLabelsOnlyInSpeakerSegments_LabelsMatchedByStartTime()
    {
        const string json = """
            {"results":{"transcripts":[{"transcript":"Hi. Hello."}],
             "speaker_labels":{"speakers":2,"segments":[
               {"start_time":"0.5","speaker_label":"spk_0","end_time":"0.9","items":[{"start_time":"0.5","speaker_label":"spk_0","end_time":"0.9"}]},
               {"start_time":"1.2","speaker_label":"spk_1","end_time":"1.8","items":[{"start_time":"1.2","speaker_label":"spk_1","end_time":"1.8"}]}]},
             "items":[
               {"start_time":"0.5","end_time":"0.9","alternatives":[{"confidence":"1.0","content":"Hi"}],"type":"pronunciation"},
               {"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"},
               {"start_time":"1.2","end_time":"1.8","alternatives":[{"confidence":"1.0","content":"Hello"}],"type":"pronunciation"},
               {"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"}]}}
            """;

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(2));
        AssertTurn(t.Turns[0], "spk_0", 0.5, 0.9, "Hi.");
        AssertTurn(t.Turns[1], "spk_1", 1.2, 1.8, "Hello.");
    }

    [Test]
    public void Parse_LanguageCodeInResults_Read()
    {
        var json = Items(Word("Hola", "0.1", "0.4", "spk_0"))
            .Replace("\"results\":{", "\"results\":{\"language_code\":\"es-US\",", StringComparison.Ordinal);

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        Assert.That(t.Language, Is.EqualTo("es-US"));
    }

    [Test]
    public void Parse_SameLabelStepsBackLessThanTolerance_Accepted()
    {
        var json = Items(Word("one", "1.0", "1.2", "spk_0"), Word("two", "0.9995", "1.4", "spk_0"));

        var t = AwsTranscribeReader.Parse(Utf8(json), "C1");

        AssertTurn(t.Turns.Single(), "spk_0", 1.0, 1.4, "one two");
    }

    [Test]
    public void Parse_TimesGoBackwardsWithinOneChannel_Rejected()
    {
        var json = Items(
            """{"type":"pronunciation","channel_label":"ch_1","start_time":"14.10","end_time":"14.5","alternatives":[{"content":"late"}]}""",
            """{"type":"pronunciation","channel_label":"ch_0","start_time":"13.0","end_time":"13.2","alternatives":[{"content":"other"}]}""",
            """{"type":"pronunciation","channel_label":"ch_1","start_time":"12.30","end_time":"12.6","alternatives":[{"content":"early"}]}""");

        var ex = Assert.Throws<TranscriptFormatException>(() => AwsTranscribeReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(
            "times go backwards: item 3 (ch_1) starts at 12.30 s, before the previous item of ch_1 at 14.10 s"));
    }

    [TestCase("""{"type":"pronunciation","end_time":"1.0","alternatives":[{"content":"hi"}]}""", "item 2 has no start_time", TestName = "MissingStart")]
    [TestCase("""{"type":"pronunciation","start_time":"1.0","alternatives":[{"content":"hi"}]}""", "item 2 has no end_time", TestName = "MissingEnd")]
    [TestCase("""{"type":"pronunciation","start_time":"abc","end_time":"1.0","alternatives":[{"content":"hi"}]}""", "item 2: start_time \"abc\" is not a number of seconds", TestName = "NonNumeric")]
    [TestCase("""{"type":"pronunciation","start_time":"NaN","end_time":"1.0","alternatives":[{"content":"hi"}]}""", "item 2: start_time \"NaN\" is not a number of seconds", TestName = "NaN")]
    [TestCase("""{"type":"pronunciation","start_time":"-1.0","end_time":"1.0","alternatives":[{"content":"hi"}]}""", "item 2: start_time -1.00 s is negative", TestName = "Negative")]
    [TestCase("""{"type":"pronunciation","start_time":"4.2","end_time":"3.1","alternatives":[{"content":"hi"}]}""", "item 2: end_time 3.10 s is before start_time 4.20 s", TestName = "EndBeforeStart")]
    [TestCase("""{"type":"pronunciation","start_time":"1.0","end_time":"1.2"}""", "item 2 has no alternatives[0].content", TestName = "NoContent")]
    [TestCase("""{"type":"speech","start_time":"1.0","end_time":"1.2","alternatives":[{"content":"hi"}]}""", "item 2 has type \"speech\"; expected \"pronunciation\" or \"punctuation\"", TestName = "UnknownType")]
    [TestCase("""[]""", "item 2 is not an object", TestName = "ItemNotObject")]
    public void Parse_BadItem_ClearReason(string badItem, string expected)
    {
        var json = Items(Word("ok", "0.1", "0.2", "spk_0"), badItem);

        var ex = Assert.Throws<TranscriptFormatException>(() => AwsTranscribeReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(expected));
    }

    [TestCase("""{"results":{"transcripts":[{"transcript":""}],"items":[]}}""", "no speech items", TestName = "Empty")]
    [TestCase("""{"results":{"items":[{"type":"punctuation","alternatives":[{"content":"."}]}]}}""", "no speech items", TestName = "OnlyPunctuation")]
    [TestCase("""{"jobName":"j","results":{"items":[""", "invalid JSON at line 1", TestName = "Truncated")]
    [TestCase("""{"jobName":"j"}""", "missing \"results\" object", TestName = "NoResults")]
    [TestCase("""{"results":{"transcripts":[]}}""", "\"results\" has no \"items\" or \"audio_segments\" array", TestName = "NoItems")]
    [TestCase("""{"results":{"audio_segments":[{"id":0,"transcript":"Hi.","end_time":"1.0","speaker_label":"spk_0","items":[0]}]}}""", "audio segment 1 has no start_time", TestName = "SegmentNoStart")]
    [TestCase("""{"results":{"audio_segments":[{"id":0,"transcript":"Hi.","start_time":"2.0","end_time":"1.0","items":[0]}]}}""", "audio segment 1: end_time 1.00 s is before start_time 2.00 s", TestName = "SegmentEndBeforeStart")]
    [TestCase("""{"results":{"audio_segments":[{"id":0,"start_time":"1.0","end_time":"2.0","items":[0]}]}}""", "audio segment 1 has no \"transcript\" string", TestName = "SegmentNoText")]
    public void Parse_BadFile_ClearReason(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => AwsTranscribeReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Does.StartWith(expected));
    }

    [Test]
    public void Parse_SegmentsGoBackwardsForOneSpeaker_Rejected()
    {
        const string json = """
            {"results":{"audio_segments":[
              {"id":0,"transcript":"First.","start_time":"5.0","end_time":"6.0","speaker_label":"spk_1","items":[0]},
              {"id":1,"transcript":"Second.","start_time":"4.0","end_time":"4.5","speaker_label":"spk_1","items":[1]}]}}
            """;

        var ex = Assert.Throws<TranscriptFormatException>(() => AwsTranscribeReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(
            "times go backwards: audio segment 2 (spk_1) starts at 4.00 s, before the previous audio segment of spk_1 at 5.00 s"));
    }
}

using System.Globalization;
using System.Text.Json;

namespace InteractionAnalytics.Web.Tests;

/// <summary>
/// The export every web test ingests: two agents in two teams, transcripts for most contacts, one transcript with
/// markup in it, and team and queue names that need CSV quoting or would run as spreadsheet formulas. Customer CU1 calls
/// three times (<see cref="A1First"/>, <see cref="A1Script"/>, <see cref="A2Vendor"/>: one contact chain across both agents),
/// and <see cref="A2Vendor"/>'s transcript is Amazon Transcribe output whose neutral labels get roles inferred with low
/// confidence, so its speaker roles are flagged for review. <see cref="RecordedContact"/> has a stereo call recording.
/// </summary>
internal static class SeedExport
{
    public const string Header =
        "call_id,customer_id,agent_id,team,queue,channel,direction,started_at,answered_at,ended_at,ivr_seconds,queue_seconds,talk_seconds,hold_seconds,hold_count,acw_seconds,transfer_count,abandoned,disposition";

    /// <summary>Agent A1's contacts (team North).</summary>
    public const string A1First = "C-A1-1";

    public const string A1Script = "C-A1-2";

    /// <summary>Agent A2's contacts (team <see cref="TrickyTeam"/>, queue <see cref="FormulaQueue"/>).</summary>
    public const string A2First = "C-A2-1";

    public const string A2Second = "C-A2-2";

    /// <summary>Agent A2's third contact: CU1's third call (a repeat), with a vendor transcript whose speaker roles are flagged.</summary>
    public const string A2Vendor = "C-A2-3";

    /// <summary>The repeat caller's contacts, first to last.</summary>
    public static IReadOnlyList<string> Cu1Chain { get; } = [A1First, A1Script, A2Vendor];

    /// <summary><see cref="A2Vendor"/>'s plain speaker label (the customer by inference: it says less).</summary>
    public const string VendorCustomerLabel = "spk_0";

    /// <summary><see cref="A2Vendor"/>'s speaker label with markup in it (the agent by inference: it says more).</summary>
    public const string VendorAgentLabel = "<b>spk_1</b>";

    public const string TrickyTeam = "South, \"East\"";

    public const string FormulaQueue = "=HYPERLINK(\"http://x.invalid\",\"click\")";

    public const string ScriptText = "<script>alert(1)</script>";

    public const string AttributeBreakText = "\"><img src=x onerror=alert(1)>";

    /// <summary>The one contact with a call recording: the repository's mu-law stereo fixture, as <c>audio/&lt;call_id&gt;.wav</c>.</summary>
    public const string RecordedContact = A1First;

    public static IReadOnlyList<string> AgentA1Contacts { get; } = [A1First, A1Script];

    public static IReadOnlyList<string> AgentA2Contacts { get; } = [A2First, A2Second, A2Vendor];

    /// <summary>Every contact of the export.</summary>
    public static IReadOnlyList<string> AllContacts { get; } = [A1First, A1Script, A2First, A2Second, A2Vendor];

    public static void Write(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "transcripts"));
        Directory.CreateDirectory(Path.Combine(directory, "audio"));
        File.Copy(
            Path.Combine(RepositoryRoot(), "tests", "fixtures", "audio", "conversation_mulaw_8k_stereo.wav"),
            Path.Combine(directory, "audio", RecordedContact + ".wav"));
        string[] lines =
        [
            Header,
            Row(A1First, "CU1", "A1", "North", "billing", day: 17, talk: 300),
            Row(A1Script, "CU1", "A1", "North", "billing", day: 18, talk: 200),
            Row(A2First, "CU3", "A2", Quote(TrickyTeam), Quote(FormulaQueue), day: 17, talk: 500),
            Row(A2Second, "CU4", "A2", Quote(TrickyTeam), Quote(FormulaQueue), day: 19, talk: 100),
            Row(A2Vendor, "CU1", "A2", Quote(TrickyTeam), Quote(FormulaQueue), day: 19, talk: 150, hour: 14),
        ];
        File.WriteAllText(Path.Combine(directory, "calls.csv"), string.Join('\n', lines) + "\n");
        WriteTranscript(directory, A1First,
            ("customer", "Hi, I was charged twice on my bill this month and I want a refund for the duplicate charge."),
            ("agent", "I am sorry about that. I can see the duplicate charge and I have refunded it."),
            ("customer", "Great, thank you, that solves it."));
        WriteTranscript(directory, A1Script,
            ("customer", "My card was declined " + ScriptText + " at the store today."),
            ("agent", "Let me check the card " + AttributeBreakText + " for you."),
            ("customer", "Thanks."));
        WriteTranscript(directory, A2First,
            ("customer", "I cannot log in to online banking, my password does not work."),
            ("agent", "I have reset your password, please try again now."),
            ("customer", "It works, thanks."));
        WriteTranscribeOutput(directory, A2Vendor,
            (VendorCustomerLabel, "Hello."),
            (VendorAgentLabel, "Hello there, yes, okay, sure, right."),
            (VendorCustomerLabel, "Okay."),
            (VendorAgentLabel, "Alright then, that is all for now, bye."));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InteractionAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InteractionAnalytics.sln not found above the test assembly.");
    }

    private static string Row(string id, string customer, string agent, string team, string queue, int day, int talk, int hour = 9)
    {
        var answered = new DateTimeOffset(2026, 11, day, hour, 1, 0, TimeSpan.FromHours(-5));
        var ended = answered.AddSeconds(talk + 60);
        return string.Create(CultureInfo.InvariantCulture, $"{id},{customer},{agent},{team},{queue},voice,inbound,{answered.AddMinutes(-1):yyyy-MM-dd'T'HH:mm:sszzz},{answered:yyyy-MM-dd'T'HH:mm:sszzz},{ended:yyyy-MM-dd'T'HH:mm:sszzz},20,40,{talk},60,1,45,0,false,resolved");
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteTranscript(string directory, string callId, params (string Speaker, string Text)[] turns)
    {
        var json = JsonSerializer.Serialize(new
        {
            call_id = callId,
            turns = turns.Select((t, i) => new { speaker = t.Speaker, start = i * 10.0, end = i * 10.0 + 8, text = t.Text }),
        });
        File.WriteAllText(Path.Combine(directory, "transcripts", callId + ".json"), json);
    }

    // Amazon Transcribe batch output with audio segments (docs/transcript-formats.md): labels, no declared roles.
    private static void WriteTranscribeOutput(string directory, string callId, params (string Label, string Text)[] segments)
    {
        var json = JsonSerializer.Serialize(new
        {
            jobName = callId,
            results = new
            {
                transcripts = new[] { new { transcript = string.Join(' ', segments.Select(s => s.Text)) } },
                audio_segments = segments.Select((s, i) => new
                {
                    id = i,
                    transcript = s.Text,
                    start_time = (i * 5.0).ToString("0.0", CultureInfo.InvariantCulture),
                    end_time = (i * 5.0 + 4).ToString("0.0", CultureInfo.InvariantCulture),
                    speaker_label = s.Label,
                    items = new[] { i },
                }),
            },
            status = "COMPLETED",
        });
        File.WriteAllText(Path.Combine(directory, "transcripts", callId + ".json"), json);
    }
}

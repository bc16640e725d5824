using System.Globalization;
using System.Text.Json;

namespace InteractionAnalytics.Web.Tests;

/// <summary>
/// The export every web test ingests: two agents in two teams, transcripts for most contacts, one transcript with
/// markup in it, and team and queue names that need CSV quoting or would run as spreadsheet formulas.
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

    public const string TrickyTeam = "South, \"East\"";

    public const string FormulaQueue = "=HYPERLINK(\"http://x.invalid\",\"click\")";

    public const string ScriptText = "<script>alert(1)</script>";

    public const string AttributeBreakText = "\"><img src=x onerror=alert(1)>";

    public static IReadOnlyList<string> AgentA1Contacts { get; } = [A1First, A1Script];

    public static IReadOnlyList<string> AgentA2Contacts { get; } = [A2First, A2Second];

    public static void Write(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "transcripts"));
        string[] lines =
        [
            Header,
            Row(A1First, "CU1", "A1", "North", "billing", day: 17, talk: 300),
            Row(A1Script, "CU2", "A1", "North", "billing", day: 18, talk: 200),
            Row(A2First, "CU3", "A2", Quote(TrickyTeam), Quote(FormulaQueue), day: 17, talk: 500),
            Row(A2Second, "CU4", "A2", Quote(TrickyTeam), Quote(FormulaQueue), day: 19, talk: 100),
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
    }

    private static string Row(string id, string customer, string agent, string team, string queue, int day, int talk)
    {
        var answered = new DateTimeOffset(2026, 11, day, 9, 1, 0, TimeSpan.FromHours(-5));
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
}

using InteractionAnalytics.Core.Contacts;

namespace InteractionAnalytics.Core.Tests.Contacts;

/// <summary>A valid handled contact to vary in tests.</summary>
internal static class ContactBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(-5));

    public static ContactRecord Handled(string id = "C1", double talk = 300, double hold = 0, double acw = 60, int transfers = 0) => new()
    {
        CallId = id,
        CustomerId = "CU1",
        AgentId = "A1",
        StartedAt = Start,
        AnsweredAt = Start.AddSeconds(30),
        EndedAt = Start.AddSeconds(30 + talk + hold),
        TalkSeconds = talk,
        HoldSeconds = hold,
        HoldCount = hold > 0 ? 1 : 0,
        AcwSeconds = acw,
        TransferCount = transfers,
    };

    public static ContactRecord Abandoned(string id = "C9") => new()
    {
        CallId = id,
        StartedAt = Start,
        EndedAt = Start.AddSeconds(45),
        QueueSeconds = 45,
        Abandoned = true,
    };
}

using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>Contacts for storage tests.</summary>
internal static class Contacts
{
    public static SourcedContact Handled(string id, string agent = "A1", string? team = "North", string? queue = "billing", int day = 17,
        double talk = 300, double hold = 0, double acw = 60, int transfers = 0, int line = 2)
    {
        var start = new DateTimeOffset(2026, 11, day, 23, 30, 0, TimeSpan.FromHours(-5));
        return new SourcedContact(new ContactRecord
        {
            CallId = id,
            CustomerId = "CU-" + id,
            AgentId = agent,
            Team = team,
            Queue = queue,
            StartedAt = start,
            AnsweredAt = start.AddSeconds(20),
            EndedAt = start.AddSeconds(20 + talk + hold),
            TalkSeconds = talk,
            HoldSeconds = hold,
            HoldCount = hold > 0 ? 1 : 0,
            AcwSeconds = acw,
            TransferCount = transfers,
        }, "calls.csv", line);
    }

    public static SourcedContact Abandoned(string id, int day = 17, string? queue = "billing") => new(new ContactRecord
    {
        CallId = id,
        Queue = queue,
        StartedAt = new DateTimeOffset(2026, 11, day, 10, 0, 0, TimeSpan.FromHours(-5)),
        EndedAt = new DateTimeOffset(2026, 11, day, 10, 2, 0, TimeSpan.FromHours(-5)),
        QueueSeconds = 120,
        Abandoned = true,
    }, "calls.csv", 9);
}

using System.Text.RegularExpressions;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Simulation.Tests;

/// <summary>
/// Realism of one 3,000-call week (seed 7), generated once for the fixture. Statistical bounds are generous: they catch
/// a broken model, not a retuned one.
/// </summary>
public sealed partial class ExportSimulatorTests
{
    private static readonly SimulationOptions WeekOptions = new() { Calls = 3_000, Seed = 7 };

    private static readonly string[] Intents =
    [
        "account_access", "account_update", "new_service", "plan_change", "cancel_service", "billing_dispute", "payment", "refund",
        "order_delivery", "technical_support", "fraud_security", "claim", "information_request", "complaint", "other",
    ];

    private static readonly string[] RootCauses = ["agent", "ivr", "process", "billing", "product", "none"];

    private static readonly string[] Styles = ["steady", "fast", "thorough", "new_hire"];

    private static readonly string[] Teams = ["North", "South", "East", "West"];

    private static readonly string[] Dispositions =
        ["resolved", "info_provided", "callback_scheduled", "transferred", "escalated", "follow_up_required", "abandoned"];

    private TempDirectory _week = null!;
    private SimulationResult _result = null!;
    private List<ContactRecord> _contacts = null!;
    private List<TruthRow> _truth = null!;

    [OneTimeSetUp]
    public void GenerateWeek()
    {
        _week = new TempDirectory();
        _result = ExportSimulator.Write(WeekOptions, _week.Path, CancellationToken.None);
        var (contacts, rejects, warnings) = ExportFiles.ReadCalls(_week.Path);
        Assert.That(rejects, Is.Empty, () => "calls.csv has rejects: " + string.Join("; ", rejects.Take(3).Select(r => r.Reason)));
        Assert.That(warnings, Is.Empty);
        _contacts = contacts;
        _truth = ExportFiles.ReadTruth(_week.Path);
    }

    [OneTimeTearDown]
    public void DeleteWeek() => _week.Dispose();

    [Test]
    public void Write_Week_ResultCountsMatchTheFiles()
    {
        var transcriptFiles = Directory.GetFiles(ExportFiles.TranscriptsPath(_week.Path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_result.Contacts, Is.EqualTo(WeekOptions.Calls));
            Assert.That(_contacts, Has.Count.EqualTo(_result.Contacts));
            Assert.That(_truth, Has.Count.EqualTo(_result.Contacts));
            Assert.That(_contacts.Count(c => c.Abandoned), Is.EqualTo(_result.Abandoned));
            Assert.That(_contacts.Count(c => !c.Abandoned), Is.EqualTo(_result.Handled));
            Assert.That(transcriptFiles, Has.Length.EqualTo(_result.Transcripts));
            Assert.That(_result.Transcripts, Is.EqualTo(_result.Handled));
            Assert.That(_contacts.Select(c => c.CustomerId).OfType<string>().Distinct().Count(), Is.EqualTo(_result.Customers));
            Assert.That(_truth.Count(t => t.RepeatOf is not null), Is.EqualTo(_result.RepeatContacts));
            Assert.That(_contacts.Select(c => c.AgentId).OfType<string>().Distinct().Count(), Is.LessThanOrEqualTo(_result.Agents));
        }
    }

    [Test]
    public void Write_Week_EveryRowPassesContactRulesAndAddsUp()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var first = WeekOptions.StartDate;
        var last = first.AddDays(WeekOptions.Days - 1);
        foreach (var c in _contacts)
        {
            var ivr = TimeSpan.FromSeconds(c.IvrSeconds ?? -1);
            var queue = TimeSpan.FromSeconds(c.QueueSeconds ?? -1);
            var local = DateOnly.FromDateTime(c.StartedAt.DateTime);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ContactRules.Check(c), Is.Empty, c.CallId);
                Assert.That(ids.Add(c.CallId), Is.True, $"{c.CallId} is not unique");
                Assert.That(c.CallId, Does.Match(@"^C\d{8}-\d{5}$"));
                Assert.That(c.CallId[1..9], Is.EqualTo(local.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(c.CustomerId, Is.Null.Or.Match(@"^CU\d{6,}$"));
                Assert.That(c.StartedAt.Offset, Is.EqualTo(WeekOptions.UtcOffset));
                Assert.That(local, Is.InRange(first, last));
                Assert.That(c.StartedAt.Hour, Is.InRange(8, 19), $"{c.CallId} arrives outside opening hours");
                Assert.That(c.HoldCount > 0, Is.EqualTo(c.HoldSeconds > 0), $"{c.CallId}: {c.HoldCount} holds, {c.HoldSeconds} s");
                Assert.That(c.Disposition, Is.AnyOf(Dispositions));
                Assert.That(c.Queue, Is.AnyOf("billing", "tech_support", "accounts", "sales", "claims", "general"));
            }

            if (c.Abandoned)
            {
                using (Assert.EnterMultipleScope())
                {
                    Assert.That(c.AgentId, Is.Null);
                    Assert.That(c.Team, Is.Null);
                    Assert.That(c.AnsweredAt, Is.Null);
                    Assert.That(c.TalkSeconds + c.HoldSeconds + c.AcwSeconds, Is.Zero);
                    Assert.That(c.Disposition, Is.EqualTo("abandoned"));
                    Assert.That(c.StartedAt + ivr + queue, Is.EqualTo(c.EndedAt), c.CallId);
                }

                continue;
            }

            var answered = c.AnsweredAt!.Value;
            using (Assert.EnterMultipleScope())
            {
                Assert.That(c.AgentId, Does.Match(@"^A\d{4}$"));
                Assert.That(c.Team, Is.AnyOf(Teams));
                Assert.That(answered + TimeSpan.FromSeconds(c.TalkSeconds + c.HoldSeconds), Is.EqualTo(c.EndedAt), c.CallId);
                if (c.Direction == ContactDirection.Inbound)
                {
                    Assert.That(c.StartedAt + ivr + queue, Is.EqualTo(answered), c.CallId);
                    Assert.That(c.IvrSeconds, Is.InRange(15, 120));
                }
                else
                {
                    // A callback: no IVR and no queue; the customer picks up after a few rings.
                    Assert.That(c.IvrSeconds, Is.Zero);
                    Assert.That(c.QueueSeconds, Is.Zero);
                    Assert.That((answered - c.StartedAt).TotalSeconds, Is.InRange(6, 25), c.CallId);
                }
            }
        }
    }

    [Test]
    public void Write_Week_EveryTranscriptReadsBackAndFitsTalkAndHold()
    {
        var handled = _contacts.Where(c => !c.Abandoned).ToDictionary(c => c.CallId, StringComparer.Ordinal);
        var files = Directory.GetFiles(ExportFiles.TranscriptsPath(_week.Path));
        Assert.That(files.Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(handled.Keys));
        var text = files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal));
        Assert.That(text, Is.InRange(files.Length / 10, files.Length * 3 / 10), "about 20% are text");

        foreach (var file in files)
        {
            var transcript = ExportFiles.ReadTranscript(file);
            var contact = handled[transcript.CallId];
            var length = contact.TalkSeconds + contact.HoldSeconds;
            var spoken = transcript.Turns.Where(t => t.Speaker is Speaker.Agent or Speaker.Customer).ToList();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(TranscriptRules.Check(transcript), Is.Empty, file);
                Assert.That(transcript.Turns.Select(t => t.StartSeconds), Is.All.Not.Null.And.InRange(0, length), file);
                Assert.That(transcript.Turns.Select(t => t.EndSeconds).OfType<double>(), Is.All.InRange(0, length + 0.01), file);
                Assert.That(spoken[0].Speaker, Is.EqualTo(Speaker.Agent), $"{file}: the agent speaks first");
                var sameSpeakerTwice = spoken.Zip(spoken.Skip(1)).Count(p => p.First.Speaker == p.Second.Speaker);
                Assert.That(sameSpeakerTwice, Is.Zero, $"{file}: agent and customer alternate");
            }

            if (file.EndsWith(".json", StringComparison.Ordinal) && contact.HoldSeconds > 0)
            {
                // Each hold is a gap in the recording, so the silences add up to at least the hold time.
                var turns = transcript.Turns;
                var silence = turns.Zip(turns.Skip(1)).Sum(p => p.Second.StartSeconds!.Value - p.First.EndSeconds!.Value);
                Assert.That(silence, Is.GreaterThanOrEqualTo(contact.HoldSeconds - 0.1), file);
            }
        }
    }

    [Test]
    public void Write_Week_TruthMatchesCallsAndTaxonomy()
    {
        var byId = _contacts.ToDictionary(c => c.CallId, StringComparer.Ordinal);
        Assert.That(_truth.Select(t => t.CallId), Is.EqualTo(_contacts.Select(c => c.CallId)), "one truth row per contact, same order");
        foreach (var t in _truth)
        {
            var contact = byId[t.CallId];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(t.Intent, Is.AnyOf(Intents));
                Assert.That(t.RootCause, Is.AnyOf(RootCauses));
                Assert.That(t.Resolution, Is.AnyOf("resolved", "unresolved"));
                Assert.That(t.AgentStyle, contact.Abandoned ? Is.Null : Is.AnyOf(Styles));
                if (contact.Disposition is "abandoned" or "transferred" or "escalated" or "callback_scheduled" or "follow_up_required")
                {
                    Assert.That(t.Resolution, Is.EqualTo("unresolved"), t.CallId);
                }
            }

            if (t.RepeatOf is { } prior)
            {
                var earlier = byId[prior];
                using (Assert.EnterMultipleScope())
                {
                    Assert.That(earlier.EndedAt, Is.LessThan(contact.StartedAt), $"{t.CallId} repeats {prior}, which had not ended yet");
                    Assert.That(contact.CustomerId, Is.EqualTo(earlier.CustomerId), $"{t.CallId} repeats {prior} of another customer");
                }
            }
        }

        Assert.That(_truth.Select(t => t.Intent).Distinct().Count(), Is.EqualTo(15), "every intent occurs in a 3,000-call week");
    }

    [Test]
    public void Write_Week_AbandonedShareIsRealistic()
    {
        var share = (double)_result.Abandoned / _result.Contacts;

        Assert.That(share, Is.InRange(0.01, 0.12));
    }

    [Test]
    public void Write_Week_RepeatsAreCommonMostlySameIntentAndOftenAnotherAgent()
    {
        var byId = _contacts.ToDictionary(c => c.CallId, StringComparer.Ordinal);
        var truthById = _truth.ToDictionary(t => t.CallId, StringComparer.Ordinal);
        var repeats = _truth.Where(t => t.RepeatOf is not null).ToList();
        var bothHandled = repeats.Where(t => byId[t.CallId].AgentId is not null && byId[t.RepeatOf!].AgentId is not null).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((double)repeats.Count / _result.Contacts, Is.InRange(0.08, 0.35));
            Assert.That(repeats.Count(t => t.Intent == truthById[t.RepeatOf!].Intent), Is.GreaterThan(repeats.Count * 0.8));
            Assert.That(bothHandled.Count(t => byId[t.CallId].AgentId != byId[t.RepeatOf!].AgentId), Is.GreaterThan(bothHandled.Count / 2));
        }
    }

    [Test]
    public void Write_Week_RepeatTranscriptsMentionTheEarlierContact()
    {
        var inboundRepeats = _truth
            .Where(t => t.RepeatOf is not null && t.AgentStyle is not null)
            .Select(t => t.CallId)
            .Where(id => _contacts.First(c => c.CallId == id).Direction == ContactDirection.Inbound)
            .Take(40)
            .ToList();
        var mention = new Regex(
            @"called|calling|call back|callback|spoke|talked|tried|trying", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        foreach (var id in inboundRepeats)
        {
            var path = Directory.GetFiles(ExportFiles.TranscriptsPath(_week.Path), id + ".*").Single();
            var opening = ExportFiles.ReadTranscript(path).Turns.First(t => t.Speaker == Speaker.Customer).Text;
            Assert.That(mention.IsMatch(opening), Is.True, $"{id}: \"{opening}\"");
        }
    }

    [Test]
    public void Write_Week_SomeOutboundCallbacksAndWithheldNumbers()
    {
        using (Assert.EnterMultipleScope())
        {
            var outbound = _contacts.Count(c => c.Direction == ContactDirection.Outbound);
            Assert.That(outbound, Is.InRange(_result.Contacts / 100, _result.Contacts / 10));
            Assert.That(_contacts.Count(c => c.CustomerId is null), Is.InRange(_result.Contacts / 100, _result.Contacts * 6 / 100));
        }
    }

    [Test]
    public void Write_Week_FastAgentsAreQuickerButTheirCustomersCallBackMore()
    {
        var style = _truth.ToDictionary(t => t.CallId, t => t.AgentStyle, StringComparer.Ordinal);
        var followedUp = _truth.Where(t => t.RepeatOf is not null).GroupBy(t => t.RepeatOf!).ToDictionary(g => g.Key, g => g.Count());
        var handled = _contacts.Where(c => !c.Abandoned).ToList();
        var fast = handled.Where(c => style[c.CallId] == "fast").ToList();
        var thorough = handled.Where(c => style[c.CallId] == "thorough").ToList();
        Assert.That(fast, Is.Not.Empty);
        Assert.That(thorough, Is.Not.Empty);

        int Repeats(List<ContactRecord> calls) => calls.Sum(c => followedUp.GetValueOrDefault(c.CallId));
        double RepeatRate(List<ContactRecord> calls) => Repeats(calls) / (double)calls.Count;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fast.Average(c => c.HandleSeconds), Is.LessThan(thorough.Average(c => c.HandleSeconds) * 0.75));
            Assert.That(RepeatRate(fast), Is.GreaterThan(RepeatRate(thorough) * 1.5));
            Assert.That(Repeats(fast), Is.GreaterThan(Repeats(thorough)));
        }
    }

    [Test]
    public void Write_Week_QueueWaitsAreLongerAtThePeak()
    {
        static double MeanWait(IEnumerable<ContactRecord> calls) => calls.Average(c => c.QueueSeconds ?? 0);
        var inbound = _contacts.Where(c => c.Direction == ContactDirection.Inbound).ToList();

        var peak = MeanWait(inbound.Where(c => c.StartedAt.Hour is 10 or 11));
        var evening = MeanWait(inbound.Where(c => c.StartedAt.Hour is 18 or 19));

        Assert.That(peak, Is.GreaterThan(evening));
    }
}

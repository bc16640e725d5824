using System.Globalization;
using Dapper;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// Whether the review flags point supervisors at wrong labels: on the sample export, the share of contacts whose root cause
/// differs from the simulation's truth, among the contacts each flag marks and among the rest (docs/classification.md
/// quotes these numbers; the sample is simulated, so they show the mechanism rather than a center's real error rates).
/// </summary>
public sealed class ReviewFlagPrecisionTests
{
    [Test]
    public async Task SampleExport_RulesVsModelFlag_MarksWrongRootCausesFarMoreOftenThanTheRest()
    {
        using var temp = new TempDirectory();
        var ingest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var truth = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "simulation-truth.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string CallId, string RootCause, long RulesDisagree, long LowConfidence)>(
            "SELECT call_id, root_cause, rules_disagree, low_confidence FROM contact_classifications")).ToList();

        (int Contacts, int Wrong) Count(Func<(string CallId, string RootCause, long RulesDisagree, long LowConfidence), bool> include)
        {
            var subset = rows.Where(include).ToList();
            return (subset.Count, subset.Count(r => r.RootCause != truth[r.CallId]));
        }

        var rules = Count(r => r.RulesDisagree == 1);
        var notRules = Count(r => r.RulesDisagree == 0);
        var low = Count(r => r.LowConfidence == 1);
        var notLow = Count(r => r.LowConfidence == 0);
        var wrong = Count(_ => true).Wrong;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules vs model: {rules.Wrong}/{rules.Contacts} wrong; others {notRules.Wrong}/{notRules.Contacts}. low confidence: {low.Wrong}/{low.Contacts}; others {notLow.Wrong}/{notLow.Contacts}. wrong root causes caught by rules vs model: {rules.Wrong}/{wrong}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(rules.Contacts, Is.GreaterThan(0).And.LessThan(rows.Count / 4), "a queue a supervisor can work, not most contacts");
            Assert.That((double)rules.Wrong / rules.Contacts, Is.GreaterThan(5.0 * notRules.Wrong / notRules.Contacts),
                "a flagged root cause is wrong far more often than an unflagged one");
            Assert.That(rules.Wrong, Is.GreaterThan(wrong / 2), "most wrong root causes are flagged");
        }
    }
}

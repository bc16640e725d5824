using System.Diagnostics;
using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

/// <summary>
/// Loads the real public data (<c>../shared/data</c>, or <c>IA_SHARED_DATA</c>) when it can be found. Expected counts were
/// checked by reading the files independently (Python csv/json): BANKING77 10,003/3,080 rows; CLINC150 15,000+100 train,
/// 3,000+100 val, 4,500+1,000 test; Bitext 8,175; MultiDoGO 96,671 data lines of which 257 do not split into 6 columns and
/// 63 have an empty utterance.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PublicDataSetRealDataTests
{
    private static readonly string[] TaxonomyIntents =
    [
        "account_access", "account_update", "new_service", "plan_change", "cancel_service", "billing_dispute", "payment", "refund",
        "order_delivery", "technical_support", "fraud_security", "claim", "information_request", "complaint", "other",
    ];

    [Test]
    public void Load_RealSharedData_CountsMatchTheFiles()
    {
        var dataRoot = FindRealData();
        var stopwatch = Stopwatch.StartNew();

        var data = PublicDataSet.Load(dataRoot);

        stopwatch.Stop();
        TestContext.Out.WriteLine($"Loaded {dataRoot} in {stopwatch.ElapsedMilliseconds} ms");
        foreach (var count in data.Counts)
        {
            TestContext.Out.WriteLine(
                $"{count.Source,-10} {count.Split,-5} utterances {count.Utterances,6}  conversations {count.Conversations,5}  skipped {count.Skipped,4}");
        }

        foreach (var reason in data.Skipped.GroupBy(s => s.Reason).OrderByDescending(g => g.Count()))
        {
            TestContext.Out.WriteLine($"skipped {reason.Count(),4} x {reason.Key}");
        }

        var clincNamed = data.Utterances.Where(u => u.Source == DataSourceNames.Clinc150 && u.Domain is "banking" or "credit_cards");
        var seatTurn = data.Utterances.Single(u => u.Source == DataSourceNames.MultiDogo && u.Text == "i want know about my seat arrangement");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Counts, Is.EqualTo(new[]
            {
                new DataSetCount("banking77", TrainingSplit.Train, 10_003, 0, 0),
                new DataSetCount("banking77", TrainingSplit.Test, 3_080, 0, 0),
                new DataSetCount("clinc150", TrainingSplit.Train, 15_100, 0, 0),
                new DataSetCount("clinc150", TrainingSplit.Dev, 3_100, 0, 0),
                new DataSetCount("clinc150", TrainingSplit.Test, 5_500, 0, 0),
                new DataSetCount("bitext", TrainingSplit.Train, 8_175, 0, 0),
                new DataSetCount("multidogo", TrainingSplit.Train, 67_484, 8_337, 211),
                new DataSetCount("multidogo", TrainingSplit.Dev, 9_626, 1_190, 47),
                new DataSetCount("multidogo", TrainingSplit.Test, 19_241, 2_386, 62),
            }));
            Assert.That(data.Skipped.Count(s => s.Reason.StartsWith("expected 6 tab-separated columns", StringComparison.Ordinal)), Is.EqualTo(257));
            Assert.That(data.Skipped.Count(s => s.Reason == "empty utterance"), Is.EqualTo(63));
            Assert.That(data.Skipped.Count(s => s.Reason.StartsWith("unmapped label", StringComparison.Ordinal)), Is.Zero);
            Assert.That(data.Utterances.Count(u => u.Domain == "oos"), Is.EqualTo(1_200));
            Assert.That(clincNamed.GroupBy(u => u.Split).Select(g => (g.Key, g.Count())),
                Is.EqualTo(new[] { (TrainingSplit.Train, 3_000), (TrainingSplit.Dev, 600), (TrainingSplit.Test, 900) }));
            Assert.That(data.Utterances.Where(u => u.Intent is not null).Select(u => u.Intent).Distinct(), Is.SubsetOf(TaxonomyIntents));
            Assert.That(data.Utterances.Where(u => u.RootCauseHint is not null).Select(u => u.RootCauseHint).Distinct(),
                Is.SubsetOf(new[] { "agent", "ivr", "process", "billing", "product", "none" }));
            Assert.That((seatTurn.SourceLabel, seatTurn.Intent), Is.EqualTo(("getseatinfo", "information_request")), "getseatinfo<div>changeseatassignment");
            Assert.That(data.Conversations.Count(c => c.Intent is null), Is.EqualTo(647));
        }
    }

    private static string FindRealData()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("IA_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var found = PublicDataSet.FindDataRoot(TestContext.CurrentContext.TestDirectory);
        if (found is null)
        {
            Assert.Ignore("The public data (shared/data with label-maps) was not found above the test directory and IA_SHARED_DATA is not set.");
        }

        return found!;
    }
}

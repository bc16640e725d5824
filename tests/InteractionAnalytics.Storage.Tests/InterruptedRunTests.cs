using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>A run that never finished (the process was killed) is marked interrupted by the next run over the same export (docs/robustness.md).</summary>
[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class InterruptedRunTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task StartRun_EarlierRunOfTheSameExportStillRunning_MarkedInterruptedOthersUntouched()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var killed = await store.StartRunAsync("/exports/a", "{}", Now, default);
        var otherExport = await store.StartRunAsync("/exports/b", "{}", Now, default);
        await store.AddRejectsAsync(killed, "/exports/a", [new RejectedRecord("calls.csv", 3, "X", "row has 3 fields; the header has 19", null)], default);

        var rerun = await store.StartRunAsync("/exports/a", "{}", Now, default);
        var runs = await db.Database.Runs.GetRecentRunsAsync(10, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(runs.Single(r => r.RunId == killed).Status, Is.EqualTo(IngestRunStatus.Interrupted));
            Assert.That(
                runs.Single(r => r.RunId == killed).Error,
                Is.EqualTo($"the process stopped before this run finished (killed or crashed); run {rerun} read the export again"));
            Assert.That(runs.Single(r => r.RunId == otherExport).Status, Is.EqualTo(IngestRunStatus.Running), "another export's run is not touched");
            Assert.That(runs.Single(r => r.RunId == rerun).Status, Is.EqualTo(IngestRunStatus.Running));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM rejects"), Is.Zero, "the rerun replaces the killed run's rejects");
        }
    }
}

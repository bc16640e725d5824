using Dapper;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// The measured run behind docs/evaluation.md's "Accuracy on supervisors' corrections": the sample export ingested with
/// the default model; a "supervisor" corrects every label the model got wrong to the simulation's truth; the model is
/// retrained on the public data with those corrections, 30% of the corrected contacts held out; <c>ia evaluate
/// --corrections</c> reports before and after. Explicit: training on the full public data takes about two minutes.
/// Run: <c>dotnet test tests/InteractionAnalytics.Cli.Tests --filter "FullyQualifiedName~CorrectionsRetrainMeasurement"</c>;
/// the report is written to the test's output and to artifacts/corrections-evaluation.md.
/// </summary>
[Explicit("Trains on the full public data (about two minutes); run by name to reproduce docs/evaluation.md.")]
public sealed class CorrectionsRetrainMeasurement
{
    [Test]
    public async Task SampleExport_CorrectWrongLabels_RetrainWithHoldout_Evaluate()
    {
        var data = RepositoryPaths.SharedData("label-maps");
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var truth = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "simulation-truth.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(r => r[0], r => (Intent: r[1], RootCause: r[2]), StringComparer.Ordinal);
        int corrected;
        await using (var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None))
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            var stored = await connection.QueryAsync<(string CallId, string Intent, string RootCause)>(
                "SELECT call_id, intent, root_cause FROM contact_classifications ORDER BY call_id");
            corrected = 0;
            foreach (var (callId, intent, rootCause) in stored)
            {
                var (trueIntent, trueCause) = truth[callId];
                if (intent == trueIntent && rootCause == trueCause)
                {
                    continue;
                }

                corrected++;
                await database.Classifications.AddCorrectionAsync(new ClassificationCorrection(
                    callId, intent == trueIntent ? null : trueIntent, rootCause == trueCause ? null : trueCause,
                    "the simulation's truth", "measurement", DateTimeOffset.UnixEpoch), CancellationToken.None);
            }
        }

        var model = temp.Combine("retrained.iamodel");
        var train = await CliRun.RunAsync(
            "train", "--data", Path.GetDirectoryName(data)!, "--include-corrections", "--holdout-percent", "30", "--db", temp.Database, "--out", model);
        var evaluate = await CliRun.RunAsync("evaluate", "--corrections", "--db", temp.Database, "--model", model);
        var report = $"""
            <!-- Produced by: dotnet test tests/InteractionAnalytics.Cli.Tests --filter "FullyQualifiedName~CorrectionsRetrainMeasurement" -->
            {evaluate.Output}
            Training: {train.Output.Trim()}
            """;
        TestContext.Out.WriteLine(report);
        var artifacts = Path.Combine(RepositoryPaths.Root, "artifacts");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "corrections-evaluation.md"), report);

        var heldOut = new CorrectionHoldout(30);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(train.ExitCode, Is.Zero, train.ToString());
            Assert.That(evaluate.ExitCode, Is.Zero, evaluate.ToString());
            Assert.That(corrected, Is.GreaterThan(0), "the default model gets some sample labels wrong");
            Assert.That(evaluate.Output, Does.Contain($"{corrected} corrected contacts with a transcript"));
            Assert.That(evaluate.Output, Does.Contain("| intent | held out of training |"));
            Assert.That(train.Error, Does.Contain("held out"), train.ToString());
        }
    }
}

using System.Globalization;
using System.Text;
using Dapper;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary><c>ia train --include-corrections --holdout-percent</c> and <c>ia evaluate --corrections</c> on the sample export.</summary>
public sealed class CorrectionsEvaluationTests
{
    [Test]
    public async Task Evaluate_Corrections_StoredClassificationAsBefore_CountedByHand()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        string[] ids;
        await using (var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None))
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            var stored = (await connection.QueryAsync<(string CallId, string Intent, string RootCause)>(
                "SELECT call_id, intent, root_cause FROM contact_classifications ORDER BY call_id LIMIT 3")).ToList();
            ids = [.. stored.Select(s => s.CallId)];
            var store = database.Classifications;

            // Intent: the first confirmed as the model had it (right before), the other two changed (wrong before): 1 of 3.
            // Root cause: the third changed to something else: 0 of 1.
            await store.AddCorrectionAsync(new ClassificationCorrection(ids[0], stored[0].Intent, null, "confirmed", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
            await store.AddCorrectionAsync(new ClassificationCorrection(ids[1], Other(stored[1].Intent, "claim", "refund"), null, "x", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
            await store.AddCorrectionAsync(new ClassificationCorrection(
                ids[2], Other(stored[2].Intent, "claim", "refund"), Other(stored[2].RootCause, "agent", "process"), "x", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
        }

        var run = await CliRun.RunAsync("evaluate", "--corrections", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("Before: the classification stored when each contact was ingested"));

            // The same default model scores them again, so after equals before.
            Assert.That(run.Output, Does.Contain("| intent | all corrected | 3 | 33.3% | 33.3% | 0.0% |"), run.ToString());
            Assert.That(run.Output, Does.Contain("| root cause | all corrected | 1 | 0.0% | 0.0% | 0.0% |"), run.ToString());
            Assert.That(run.Output, Does.Contain("3 corrected contacts with a transcript; 0 without a stored classification left out."));
            Assert.That(run.Output, Does.Contain("measures fit, not how it generalises"));

            // The 586 other classified contacts, rescored by the same model: every stored label kept.
            Assert.That(run.Output, Does.Match(@"Contacts nobody corrected \(the latest (\d+)\): the after model keeps the stored intent on \1 \(100\.0%\) and the stored root cause on \1 \(100\.0%\)"), run.ToString());
        }
    }

    [Test]
    public async Task TrainThenEvaluate_HoldoutPercent_HeldOutAndTrainedOnReportedApart()
    {
        using var temp = new TempDirectory();
        var data = TinyPublicData(temp.Combine("data"));
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var truth = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "simulation-truth.csv")).Skip(1)
            .Select(l => l.Split(',')).Take(60).ToList();
        List<string> withTranscript;
        await using (var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None))
        {
            foreach (var row in truth)
            {
                await database.Classifications.AddCorrectionAsync(
                    new ClassificationCorrection(row[0], row[1], row[2], "from the simulation's truth", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
            }

            // Contacts without a transcript (abandoned calls) can be corrected but give nothing to train or score on.
            withTranscript = [.. (await database.Classifications.GetCorrectedContactsAsync(CancellationToken.None)).Select(c => c.CallId)];
        }

        var model = temp.Combine("retrained.iamodel");
        var train = await CliRun.RunAsync(
            "train", "--data", data, "--include-corrections", "--holdout-percent", "50", "--db", temp.Database, "--out", model, "--iterations", "50", "--bucket-bits", "12");
        var evaluate = await CliRun.RunAsync("evaluate", "--corrections", "--db", temp.Database, "--model", model);

        var holdout = new CorrectionHoldout(50);
        var n = withTranscript.Count;
        var heldOut = withTranscript.Count(holdout.IsHeldOut);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(n, Is.InRange(40, 60), "most of the first 60 calls have a transcript");
            Assert.That(heldOut, Is.InRange(1, n - 1), "both sides have contacts");
            Assert.That(train.ExitCode, Is.Zero, train.ToString());
            Assert.That(train.Error, Does.Contain($"held out {heldOut} of {n} corrected contacts (50%)"));
            Assert.That(train.Output, Does.Contain($"{n - heldOut} corrections"));
            Assert.That(evaluate.ExitCode, Is.Zero, evaluate.ToString());
            Assert.That(evaluate.Output, Does.Contain($"| intent | held out of training | {heldOut} |"), evaluate.ToString());
            Assert.That(evaluate.Output, Does.Contain($"| intent | trained on | {n - heldOut} |"), evaluate.ToString());
            Assert.That(evaluate.Output, Does.Contain($"| root cause | all corrected | {n} |"), evaluate.ToString());
            Assert.That(evaluate.Output, Does.Contain($"model {ModelVersion(train.Output)} ({n - heldOut} corrections in its training, 50% held out)"));
        }
    }

    [TestCase("-1")]
    [TestCase("91")]
    public async Task Train_HoldoutOutOfRange_ExitsWithTheRange(string percent)
    {
        var run = await CliRun.RunAsync("train", "--out", "never.iamodel", "--holdout-percent", percent);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Error, Does.Contain("--holdout-percent must be from 0 to 90."));
        }
    }

    private static string ModelVersion(string trainOutput) =>
        trainOutput[(trainOutput.IndexOf("model ", StringComparison.Ordinal) + 6)..].Split(',')[0];

    private static string Other(string current, string first, string second) => current == first ? second : first;

    /// <summary>A minimal, complete public-data folder (one example per source), so training takes a second.</summary>
    private static string TinyPublicData(string root)
    {
        void Write(string relative, string content)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        const string Header = "source_label\tintent\troot_cause_hint\n";
        Write("label-maps/banking77.tsv", Header + "card_arrival\torder_delivery\t\n");
        Write("banking77/train.csv", "text,category\r\nI am still waiting on my card?,card_arrival\r\n");
        Write("banking77/test.csv", "text,category\r\nWhere is my card?,card_arrival\r\n");
        Write("label-maps/clinc150.tsv", Header + "transfer\tpayment\t\noos\tother\t\n*\tother\t\n");
        Write("clinc150/domains.json", """{"banking": ["transfer"]}""");
        Write("clinc150/data_full.json", """
            {"oos_val": [], "val": [], "train": [["move 5 dollars to savings", "transfer"]], "oos_test": [], "test": [], "oos_train": []}
            """);
        Write("label-maps/bitext.tsv", Header + "cancel_order\torder_delivery\t\n");
        Write("bitext/Bitext_Sample.csv", "flags,utterance,category,intent\nBM,I have problems with canceling an order,ORDER,cancel_order\n");
        Write("label-maps/multidogo.tsv", Header + "openinggreeting\t\t\n");
        foreach (var split in new[] { "train", "dev", "test" })
        {
            Write($"multidogo/finance/{split}.tsv", string.Create(CultureInfo.InvariantCulture,
                $"conversationId\tturnNumber\tutteranceId\tutterance\tslot-labels\tintent\nc-{split}\t0\t<CONV>c-{split}<TURN>0\thi\tO\topeninggreeting\n"));
        }

        return root;
    }
}

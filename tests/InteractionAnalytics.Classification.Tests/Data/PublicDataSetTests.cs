using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PublicDataSetTests
{
    [Test]
    public void Load_MinimalDataRoot_ReadsEverySourceInFixedOrder()
    {
        using var root = new TempDataRoot();

        var data = root.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Utterances.Select(u => u.Source).Distinct(), Is.EqualTo(DataSourceNames.All));
            Assert.That(data.Utterances.Select(u => (u.Source, u.Split)), Is.EqualTo(new[]
            {
                (DataSourceNames.Banking77, TrainingSplit.Train),
                (DataSourceNames.Banking77, TrainingSplit.Test),
                (DataSourceNames.Clinc150, TrainingSplit.Train),
                (DataSourceNames.Bitext, TrainingSplit.Train),
                (DataSourceNames.MultiDogo, TrainingSplit.Train),
                (DataSourceNames.MultiDogo, TrainingSplit.Dev),
                (DataSourceNames.MultiDogo, TrainingSplit.Test),
            }));
            Assert.That(data.Skipped, Is.Empty);
        }
    }

    [Test]
    public void Load_Banking77_QuotedFieldsWithCommasQuotesAndLineBreaks_ReadAsOneRow()
    {
        using var root = new TempDataRoot();
        root.Write("banking77/train.csv",
            "text,category\r\n\"\nWhere, oh where\nis my \"\"new\"\" card?\",card_arrival\r\nplain row,card_arrival\r\n");

        var rows = root.Load().Utterances.Where(u => u.Source == DataSourceNames.Banking77 && u.Split == TrainingSplit.Train).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            new LabeledUtterance("Where, oh where\nis my \"new\" card?", "banking77", "card_arrival", "order_delivery", null,
                TrainingSplit.Train, null, null, null),
            new LabeledUtterance("plain row", "banking77", "card_arrival", "order_delivery", null, TrainingSplit.Train, null, null, null),
        }));
    }

    [Test]
    public void Load_Banking77Test_GoesToTestSplitWithRootCauseHint()
    {
        using var root = new TempDataRoot();

        var row = root.Load().Utterances.Single(u => u.Source == DataSourceNames.Banking77 && u.Split == TrainingSplit.Test);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Text, Is.EqualTo("Where is my refund?"));
            Assert.That(row.SourceLabel, Is.EqualTo("Refund_not_showing_up"));
            Assert.That(row.Intent, Is.EqualTo("refund"));
            Assert.That(row.RootCauseHint, Is.EqualTo("billing"));
        }
    }

    [Test]
    public void Load_Banking77BadQuoting_SkipsOnlyThatLine()
    {
        using var root = new TempDataRoot();
        root.Write("banking77/train.csv", "text,category\nbad \"quote\" here,card_arrival\ngood,card_arrival\n");

        var data = root.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Utterances.Where(u => u.Source == DataSourceNames.Banking77 && u.Split == TrainingSplit.Train).Select(u => u.Text),
                Is.EqualTo(new[] { "good" }));
            Assert.That(data.Skipped.Single().File, Is.EqualTo(Path.Combine("banking77", "train.csv")));
            Assert.That(data.Skipped.Single().LineNumber, Is.EqualTo(2));
        }
    }

    [Test]
    public void Load_Clinc150_MapsNamedWildcardAndOosWithDomainsAndSplits()
    {
        using var root = new TempDataRoot();
        root.Write("clinc150/data_full.json", TempDataRoot.ClincJson(
            train: """["move 5 dollars to savings", "transfer"], ["book me a flight to Oslo", "book_flight"]""",
            val: """["what is my credit score", "credit_score"]""",
            test: """["send money to mom", "transfer"]""",
            oosTrain: """["how much is an overdraft fee", "oos"]""",
            oosVal: """["a show on broadway", "oos"]""",
            oosTest: """["how much has the dow changed today", "oos"]"""));

        var rows = root.Load().Utterances.Where(u => u.Source == DataSourceNames.Clinc150)
            .Select(u => (u.Text, u.SourceLabel, u.Intent, u.Split, u.Domain)).ToList();

        // Fixed order train, val, test, oos_train, oos_val, oos_test, not the file's key order.
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("move 5 dollars to savings", "transfer", (string?)"payment", TrainingSplit.Train, (string?)"banking"),
            ("book me a flight to Oslo", "book_flight", "other", TrainingSplit.Train, "travel"),
            ("what is my credit score", "credit_score", "information_request", TrainingSplit.Dev, "credit_cards"),
            ("send money to mom", "transfer", "payment", TrainingSplit.Test, "banking"),
            ("how much is an overdraft fee", "oos", "other", TrainingSplit.Train, "oos"),
            ("a show on broadway", "oos", "other", TrainingSplit.Dev, "oos"),
            ("how much has the dow changed today", "oos", "other", TrainingSplit.Test, "oos"),
        }));
    }

    [Test]
    public void Load_Clinc150BankingLabelMissingFromMap_SkippedNotWildcarded()
    {
        using var root = new TempDataRoot();
        root.Write("clinc150/data_full.json", TempDataRoot.ClincJson(
            train: """
                ["ok row", "transfer"],
                ["what is my balance", "balance"],
                ["a label in no domain", "mystery"]
                """));

        var data = root.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Utterances.Count(u => u.Source == DataSourceNames.Clinc150), Is.EqualTo(1));
            Assert.That(data.Skipped.Select(s => (s.Source, s.Split, s.LineNumber, s.Reason)), Is.EqualTo(new[]
            {
                (DataSourceNames.Clinc150, TrainingSplit.Train, 5, "unmapped label 'balance'"),
                (DataSourceNames.Clinc150, TrainingSplit.Train, 6, "unmapped label 'mystery'"),
            }));
        }
    }

    [Test]
    public void Load_Clinc150ItemNotAPair_SkippedWithItsLine()
    {
        using var root = new TempDataRoot();
        root.Write("clinc150/data_full.json", TempDataRoot.ClincJson(test: """
            ["ok row", "transfer"],
            ["no label"],
            ["", "transfer"]
            """));

        var skipped = root.Load().Skipped;

        Assert.That(skipped.Select(s => (s.Split, s.LineNumber, s.Reason)), Is.EqualTo(new[]
        {
            (TrainingSplit.Test, 7, "expected a [text, label] pair of strings"),
            (TrainingSplit.Test, 8, "empty utterance"),
        }));
    }

    [Test]
    public void Load_Clinc150InvalidJson_ThrowsNamingFileAndLine()
    {
        using var root = new TempDataRoot();
        root.Write("clinc150/data_full.json", "{\n  \"train\": [\n    [\"a\", \"transfer\"\n  ]\n");

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.Contain("data_full.json line "));
            Assert.That(ex.LineNumber, Is.Not.Null);
            Assert.That(ex.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
        }
    }

    [Test]
    public void Load_Clinc150SplitKeyMissing_Throws()
    {
        using var root = new TempDataRoot();
        root.Write("clinc150/data_full.json", """{"train": [], "val": [], "test": []}""");

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        Assert.That(ex.Message, Does.Contain("\"oos_train\""));
    }

    [Test]
    public void Load_BitextWithByteOrderMark_ReadsIntentColumnAsTrain()
    {
        using var root = new TempDataRoot();
        var bytes = File.ReadAllBytes(root.Combine(TempDataRoot.BitextFile));

        var row = root.Load().Utterances.Single(u => u.Source == DataSourceNames.Bitext);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "the fixture really starts with a BOM");
            Assert.That(row, Is.EqualTo(new LabeledUtterance(
                "I have problems with canceling an order", "bitext", "cancel_order", "order_delivery", null, TrainingSplit.Train, null, null, null)));
        }
    }

    [Test]
    public void Load_BitextHeaderWithoutIntentColumn_ThrowsNamingFile()
    {
        using var root = new TempDataRoot();
        root.Write(TempDataRoot.BitextFile, "flags,utterance,category\nB,hello,ORDER\n");

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.Contain("Bitext_Sample.csv line 1"));
            Assert.That(ex.Message, Does.Contain("'intent'"));
        }
    }

    [Test]
    public void Load_MultiDogo_ReadsTurnsWithDomainConversationAndTurnNumber()
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/train.tsv", TempDataRoot.MultiDogoHeader
            + "c1\t0.0\t<CONV>c1<TURN>0\thi\tO\topeninggreeting\n"
            + "c1\t3\t<CONV>c1<TURN>3\tcheck my balance\tO O O\tcheckbalance\n");

        var rows = root.Load().Utterances.Where(u => u.Source == DataSourceNames.MultiDogo && u.Split == TrainingSplit.Train).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            new LabeledUtterance("hi", "multidogo", "openinggreeting", null, null, TrainingSplit.Train, "finance", "c1", 0),
            new LabeledUtterance("check my balance", "multidogo", "checkbalance", "information_request", null,
                TrainingSplit.Train, "finance", "c1", 3),
        }));
    }

    [Test]
    public void Load_MultiDogoDomains_ReadInOrdinalOrderEachTrainDevTest()
    {
        using var root = new TempDataRoot();
        foreach (var split in new[] { "train", "dev", "test" })
        {
            root.Write($"multidogo/airline/{split}.tsv", TempDataRoot.MultiDogoHeader + TempDataRoot.Turn($"a-{split}", 0, "hi", "openinggreeting"));
        }

        var ids = root.Load().Conversations.Select(c => (c.Domain, c.ConversationId));

        Assert.That(ids, Is.EqualTo(new[]
        {
            ("airline", "a-train"), ("airline", "a-dev"), ("airline", "a-test"),
            ("finance", "c-train"), ("finance", "c-dev"), ("finance", "c-test"),
        }));
    }

    [TestCase("openinggreeting<div>checkbalance", "checkbalance", "information_request", TestName = "Load_MultiDogoMultiIntent_FirstNullSecondMapped_PicksSecond")]
    [TestCase("checkbalance<div>disputecharge", "checkbalance", "information_request", TestName = "Load_MultiDogoMultiIntent_BothMapped_PicksFirst")]
    [TestCase("disputecharge<div>checkbalance", "disputecharge", "billing_dispute", TestName = "Load_MultiDogoMultiIntent_OrderDecides")]
    [TestCase("contentonly<div>thankyou", "contentonly", null, TestName = "Load_MultiDogoMultiIntent_NoneMapped_PicksFirst")]
    public void Load_MultiDogoMultiIntent_PicksFirstLabelWithTaxonomyIntent(string cell, string expectedLabel, string? expectedIntent)
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/dev.tsv", TempDataRoot.MultiDogoHeader + TempDataRoot.Turn("c1", 1, "something", cell));

        var row = root.Load().Utterances.Single(u => u.Source == DataSourceNames.MultiDogo && u.Split == TrainingSplit.Dev);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.SourceLabel, Is.EqualTo(expectedLabel));
            Assert.That(row.Intent, Is.EqualTo(expectedIntent));
        }
    }

    [Test]
    public void Load_MultiDogoLineNotSplittingIntoSixColumns_SkippedWithLineNumberAndNeverThrows()
    {
        using var root = new TempDataRoot();

        // Upstream quoted an utterance holding a line break; both halves are unusable lines.
        root.Write("multidogo/finance/test.tsv", TempDataRoot.MultiDogoHeader
            + TempDataRoot.Turn("c1", 1, "hi", "openinggreeting")
            + "c1\t4\t<CONV>c1<TURN>4\t\"bemidji mn \n"
            + " to kings mountain nc\"\tO O O\tcontentonly\n"
            + "c1\t6\t<CONV>c1<TURN>6\t\"ford \t mondeo\"\tO O\tcontentonly\n"
            + TempDataRoot.Turn("c1", 8, "thank you", "thankyou"));

        var data = root.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Skipped.Select(s => (s.File, s.LineNumber, s.Reason)), Is.EqualTo(new[]
            {
                (Path.Combine("multidogo", "finance", "test.tsv"), 3, "expected 6 tab-separated columns, found 4"),
                (Path.Combine("multidogo", "finance", "test.tsv"), 4, "expected 6 tab-separated columns, found 3"),
                (Path.Combine("multidogo", "finance", "test.tsv"), 5, "expected 6 tab-separated columns, found 7"),
            }));
            Assert.That(data.Skipped.Select(s => (s.Source, s.Split)).Distinct(), Is.EqualTo(new[] { (DataSourceNames.MultiDogo, TrainingSplit.Test) }));
            Assert.That(data.Conversations.Single(c => c.Split == TrainingSplit.Test).CustomerTurns.Select(t => t.TurnNumber),
                Is.EqualTo(new int?[] { 1, 8 }));
        }
    }

    [Test]
    public void Load_MultiDogoUnmappedLabel_SkippedWithReason()
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/train.tsv", TempDataRoot.MultiDogoHeader
            + TempDataRoot.Turn("c1", 1, "hi", "openinggreeting")
            + TempDataRoot.Turn("c1", 3, "fly me to the moon", "bookspaceflight")
            + TempDataRoot.Turn("c1", 5, "and my balance", "checkbalance<div>nosuchlabel"));

        var data = root.Load();

        Assert.That(data.Skipped.Select(s => (s.LineNumber, s.Reason)), Is.EqualTo(new[]
        {
            (3, "unmapped label 'bookspaceflight'"),
            (4, "unmapped label 'nosuchlabel'"),
        }));
    }

    [Test]
    public void Load_Banking77UnmappedLabel_SkippedWithReason()
    {
        using var root = new TempDataRoot();
        root.Write("banking77/test.csv", "text,category\nwhat is this fee,mystery_fee\n");

        var skipped = root.Load().Skipped.Single();

        Assert.That(skipped, Is.EqualTo(new SkippedLine(
            DataSourceNames.Banking77, TrainingSplit.Test, Path.Combine("banking77", "test.csv"), 2, "unmapped label 'mystery_fee'")));
    }

    [Test]
    public void Load_MultiDogoEmptyUtteranceOrFractionalTurn_Skipped()
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/train.tsv", TempDataRoot.MultiDogoHeader
            + "c1\t1\t<CONV>c1<TURN>1\t \tO\toutofdomain\n"
            + "c1\t2.5\t<CONV>c1<TURN>2\thi\tO\topeninggreeting\n"
            + "c1\t4.0\t<CONV>c1<TURN>4\thello\tO\topeninggreeting\n");

        var data = root.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Skipped.Select(s => (s.LineNumber, s.Reason)), Is.EqualTo(new[]
            {
                (2, "empty utterance"),
                (3, "turnNumber '2.5' is not a whole number"),
            }));
            Assert.That(data.Utterances.Single(u => u.Source == DataSourceNames.MultiDogo && u.Split == TrainingSplit.Train).TurnNumber,
                Is.EqualTo(4));
        }
    }

    [Test]
    public void Load_MultiDogoConversation_IntentIsFirstTurnMappedToTaxonomyIntent()
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/train.tsv", TempDataRoot.MultiDogoHeader
            + TempDataRoot.Turn("c1", 0, "hi", "openinggreeting")
            + TempDataRoot.Turn("c1", 2, "john smith", "contentonly")
            + TempDataRoot.Turn("c1", 4, "there is a charge i do not know", "disputecharge")
            + TempDataRoot.Turn("c1", 6, "and what is my balance", "checkbalance")
            + TempDataRoot.Turn("c2", 1, "hello", "openinggreeting")
            + TempDataRoot.Turn("c2", 3, "thanks", "thankyou"));

        var conversations = root.Load().Conversations.Where(c => c.Split == TrainingSplit.Train).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(conversations.Select(c => (c.ConversationId, c.Domain, c.Intent, c.RootCauseHint, c.SourceLabel)), Is.EqualTo(new[]
            {
                ("c1", "finance", (string?)"billing_dispute", (string?)"billing", (string?)"disputecharge"),
                ("c2", "finance", null, null, null),
            }));
            Assert.That(conversations[0].CustomerTurns.Select(t => t.Text), Is.EqualTo(new[]
            {
                "hi", "john smith", "there is a charge i do not know", "and what is my balance",
            }));
            Assert.That(conversations[0].CustomerTurns.Select(t => t.ConversationId).Distinct(), Is.EqualTo(new[] { "c1" }));
        }
    }

    [Test]
    public void Load_MultiDogoWrongHeader_ThrowsNamingFileAndLine()
    {
        using var root = new TempDataRoot();
        root.Write("multidogo/finance/dev.tsv", "conversationId\tturnNumber\tutterance\tintent\n");

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.FilePath, Does.EndWith(Path.Combine("finance", "dev.tsv")));
            Assert.That(ex.LineNumber, Is.EqualTo(1));
        }
    }

    [Test]
    public void Load_MissingDataRoot_ThrowsSayingWhichPathWasExpected()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ia-data-missing-" + Guid.NewGuid().ToString("N"));

        var ex = Assert.Throws<TrainingDataException>(() => PublicDataSet.Load(missing));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.Contain(missing));
            Assert.That(ex.Message, Does.Contain("../shared/data"));
        }
    }

    [TestCase("multidogo", TestName = "Load_MissingMultiDogoFolder_ThrowsNamingIt")]
    [TestCase("clinc150", TestName = "Load_MissingClincFolder_ThrowsNamingIt")]
    [TestCase("label-maps", TestName = "Load_MissingLabelMapsFolder_ThrowsNamingIt")]
    public void Load_MissingFolder_ThrowsNamingExpectedPath(string folder)
    {
        using var root = new TempDataRoot();
        Directory.Delete(root.Combine(folder), recursive: true);

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        Assert.That(ex.Message, Does.Contain($"expected a directory at '{root.Combine(folder)}'"));
    }

    [Test]
    public void Load_MissingSplitFile_ThrowsNamingExpectedPath()
    {
        using var root = new TempDataRoot();
        File.Delete(root.Combine("multidogo/finance/dev.tsv"));

        var ex = Assert.Throws<TrainingDataException>(() => root.Load());

        Assert.That(ex.Message, Does.Contain($"expected a file at '{root.Combine(Path.Combine("multidogo", "finance", "dev.tsv"))}'"));
    }

    [Test]
    public void Load_Counts_PerSourceAndSplitIncludingSkipped()
    {
        using var root = new TempDataRoot();
        root.Write("banking77/test.csv", "text,category\nwhat is this fee,mystery_fee\nwhere is my refund,Refund_not_showing_up\n");

        var counts = root.Load().Counts;

        Assert.That(counts, Is.EqualTo(new[]
        {
            new DataSetCount("banking77", TrainingSplit.Train, 1, 0, 0),
            new DataSetCount("banking77", TrainingSplit.Test, 1, 0, 1),
            new DataSetCount("clinc150", TrainingSplit.Train, 1, 0, 0),
            new DataSetCount("bitext", TrainingSplit.Train, 1, 0, 0),
            new DataSetCount("multidogo", TrainingSplit.Train, 1, 1, 0),
            new DataSetCount("multidogo", TrainingSplit.Dev, 1, 1, 0),
            new DataSetCount("multidogo", TrainingSplit.Test, 1, 1, 0),
        }));
    }

    [Test]
    public void FindDataRoot_FromNestedFolder_FindsSharedData()
    {
        using var root = new TempDataRoot();
        var shared = root.Combine(Path.Combine("repo", "shared", "data"));
        Directory.CreateDirectory(Path.Combine(shared, "label-maps"));
        var nested = Directory.CreateDirectory(root.Combine(Path.Combine("repo", "main", "tests", "bin"))).FullName;

        var found = PublicDataSet.FindDataRoot(nested);

        Assert.That(found, Is.EqualTo(shared));
    }
}

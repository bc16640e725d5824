using System.Text;
using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

/// <summary>
/// A minimal but complete public data folder in a unique temp directory, deleted on dispose. Every source has one small
/// valid file per split; tests overwrite the files they are about with <see cref="Write"/>.
/// </summary>
internal sealed class TempDataRoot : IDisposable
{
    public const string LabelMapHeader = "source_label\tintent\troot_cause_hint\n";

    public const string MultiDogoHeader = "conversationId\tturnNumber\tutteranceId\tutterance\tslot-labels\tintent\n";

    public const string BitextFile = "bitext/Bitext_Sample.csv";

    public TempDataRoot()
    {
        Directory.CreateDirectory(Path);
        Write("label-maps/banking77.tsv", LabelMapHeader + "card_arrival\torder_delivery\t\nRefund_not_showing_up\trefund\tbilling\n");
        Write("banking77/train.csv", "text,category\r\nI am still waiting on my card?,card_arrival\r\n");
        Write("banking77/test.csv", "text,category\r\nWhere is my refund?,Refund_not_showing_up\r\n");

        Write("label-maps/clinc150.tsv", LabelMapHeader + "transfer\tpayment\t\ncredit_score\tinformation_request\t\noos\tother\t\n*\tother\t\n");
        Write("clinc150/domains.json", """{"banking": ["transfer", "balance"], "credit_cards": ["credit_score"], "travel": ["book_flight"]}""");
        Write("clinc150/data_full.json", ClincJson(train: """["move 5 dollars to savings", "transfer"]"""));

        Write("label-maps/bitext.tsv", LabelMapHeader + "cancel_order\torder_delivery\t\n");
        Write(BitextFile, "\uFEFFflags,utterance,category,intent\nBM,I have problems with canceling an order,ORDER,cancel_order\n");

        Write("label-maps/multidogo.tsv", LabelMapHeader
            + "openinggreeting\t\t\ncontentonly\t\t\nthankyou\t\t\noutofdomain\tother\t\n"
            + "checkbalance\tinformation_request\t\ndisputecharge\tbilling_dispute\tbilling\n");
        foreach (var split in new[] { "train", "dev", "test" })
        {
            Write($"multidogo/finance/{split}.tsv", MultiDogoHeader + Turn($"c-{split}", 0, "hi", "openinggreeting"));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ia-data-" + Guid.NewGuid().ToString("N"));

    /// <summary>A <c>data_full.json</c> whose splits hold the given comma-separated <c>[text, label]</c> items.</summary>
    public static string ClincJson(
        string train = "", string val = "", string test = "", string oosTrain = "", string oosVal = "", string oosTest = "") =>
        $$"""
        {
            "oos_val": [{{oosVal}}],
            "val": [{{val}}],
            "train": [{{train}}],
            "oos_test": [{{oosTest}}],
            "test": [{{test}}],
            "oos_train": [{{oosTrain}}]
        }
        """;

    /// <summary>One MultiDoGO line (with its newline).</summary>
    public static string Turn(string conversationId, int turn, string utterance, string intent) =>
        $"{conversationId}\t{turn}\t<CONV>{conversationId}<TURN>{turn}\t{utterance}\tO\t{intent}\n";

    /// <summary>Writes UTF-8 (without a byte-order mark unless the text starts with U+FEFF).</summary>
    public void Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public PublicDataSet Load() => PublicDataSet.Load(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}

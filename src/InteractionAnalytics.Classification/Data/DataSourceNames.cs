namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// The public data sets <see cref="PublicDataSet"/> reads. Each name is both the folder under the data root and the
/// label map file name (<c>label-maps/&lt;name&gt;.tsv</c>), and it is the <see cref="LabeledUtterance.Source"/> of the rows.
/// </summary>
public static class DataSourceNames
{
    /// <summary>PolyAI BANKING77: single bank-customer queries, 77 intents; train and test splits.</summary>
    public const string Banking77 = "banking77";

    /// <summary>CLINC150 (oos-eval): assistant queries, 150 intents in 10 domains plus out-of-scope; train, val and test.</summary>
    public const string Clinc150 = "clinc150";

    /// <summary>Bitext customer-service sample: synthetic utterances, 27 intents; augmentation only (always train).</summary>
    public const string Bitext = "bitext";

    /// <summary>MultiDoGO: customer turns of human-to-human support chats in 5 domains; train, dev and test.</summary>
    public const string MultiDogo = "multidogo";

    /// <summary>All sources in load order, which is also the order of <see cref="PublicDataSet.Utterances"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [Banking77, Clinc150, Bitext, MultiDogo];
}

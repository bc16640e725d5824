using System.CommandLine;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>Options several commands share, so they read and document the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"The database: a SQLite file path (default: {InteractionDatabase.DefaultFileName} in the working directory), a SQLite connection string, or a PostgreSQL server: a connection string (Host=…;Database=…;Username=…;Password=…) or a URL (postgres://user:password@host:5432/database); docs/database.md.",
        HelpName = "connection",
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = "A model file from ia train (default: the model shipped in the binary, trained from ../shared/data).",
        HelpName = "file",
    };

    public static Option<string?> Taxonomy() => new("--taxonomy")
    {
        Description = "A taxonomy file replacing the default intents, root causes and resolutions (docs/taxonomy.md).",
        HelpName = "file",
    };

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A root-cause phrase-rule file replacing the default lexicon (docs/root-cause-rules.md).",
        HelpName = "file",
    };

    /// <summary>The public training data folder: <c>../shared/data</c> next to the repository by default.</summary>
    public static Option<string> Data() => new("--data")
    {
        Description = "The public training data folder (banking77, clinc150, bitext, multidogo, label-maps). Default: ../shared/data.",
        HelpName = "dir",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
    };

    public static Option<string> RepeatWindow() => new("--repeat-window")
    {
        Description = "How long after a contact ends a new contact from the same customer counts as a repeat, inclusive: 7d (default, as Genesys next-contact avoidance), 30d (as SQM), 48h (docs/metrics.md).",
        HelpName = "duration",
        DefaultValueFactory = _ => "7d",
    };

    public static Option<bool> SameIntent() => new("--same-intent")
    {
        Description = "Count a contact as a repeat only when its intent matches (contacts without an intent are then unlinkable).",
    };
}

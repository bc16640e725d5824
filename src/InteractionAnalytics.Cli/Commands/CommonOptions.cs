using System.CommandLine;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>Options several commands share, so they read and document the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"The database: a SQLite file path (default: {InteractionDatabase.DefaultFileName} in the working directory) or a SQLite connection string.",
        HelpName = "connection",
    };
}

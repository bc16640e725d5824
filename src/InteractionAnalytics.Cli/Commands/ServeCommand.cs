using System.CommandLine;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia serve</c>: the supervisor and QA web app over the database (docs/web.md).</summary>
internal static class ServeCommand
{
    /// <summary>Where the app listens by default: this machine only, so nothing is exposed until someone chooses to.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. http://0.0.0.0:8080 (several separated by ';'). Default {DefaultUrls}: this machine only. Put a TLS reverse proxy in front for other machines.",
            HelpName = "urls",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var taxonomy = CommonOptions.Taxonomy();
        var minSample = new Option<int>("--min-sample")
        {
            Description = $"Agents with fewer handled contacts are left out of the overview's fast-but-not-resolving list (default {ReportQuery.DefaultMinSample}).",
            HelpName = "n",
            DefaultValueFactory = _ => ReportQuery.DefaultMinSample,
        };
        var command = new Command("serve", "Serve the supervisor and QA web app: overview, contacts, contact detail with transcript and corrections. Sign in with a user from ia users add; Ctrl+C stops.")
        {
            db, urls, taxonomy, minSample,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(minSample) < 0)
            {
                await context.Error.WriteLineAsync("error: --min-sample must be 0 or more");
                return ExitCodes.Failure;
            }

            Taxonomy labels;
            try
            {
                labels = ClassifierFactory.LoadTaxonomy(parse.GetValue(taxonomy));
            }
            catch (ClassifierSetupException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }

            var options = new WebAppOptions
            {
                Database = parse.GetValue(db),
                Urls = parse.GetRequiredValue(urls),
                Taxonomy = labels,
                MinSample = parse.GetValue(minSample),
            };
            try
            {
                // The app logs like every command: plain lines on standard error, through the CLI's writer.
                await using WebApplication app = WebApp.Build(options, [], builder =>
                {
                    builder.Logging.ClearProviders();
                    builder.Logging.AddProvider(new TextWriterLoggerProvider(context.Error, context.Time));
                });
                await context.Error.WriteLineAsync($"ia serve: {options.Urls} (Ctrl+C stops)");
                await WebApp.RunAsync(app, cancellationToken);
                return ExitCodes.Success;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or NotSupportedException or InvalidOperationException or UnauthorizedAccessException
                or Microsoft.Data.Sqlite.SqliteException)
            {
                // A port in use, a PostgreSQL --db, a database newer than this program: say what, not a stack trace.
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}

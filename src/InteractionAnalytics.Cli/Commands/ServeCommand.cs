using System.CommandLine;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Qa;
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
        var model = CommonOptions.Model();
        var rules = CommonOptions.Rules();
        var reviewThreshold = new Option<double>("--review-threshold")
        {
            Description = "The review threshold a contact reclassified after a speaker-role correction is flagged under (0..1, default 0.5; use the ingest's).",
            DefaultValueFactory = _ => 0.5,
        };
        var minSample = new Option<int>("--min-sample")
        {
            Description = $"Agents with fewer handled contacts are left out of the overview's fast-but-not-resolving list, and a scorecard number with a smaller n is withheld (default {ReportQuery.DefaultMinSample}).",
            HelpName = "n",
            DefaultValueFactory = _ => ReportQuery.DefaultMinSample,
        };
        var qaForm = new Option<string?>("--qa-form")
        {
            Description = "The QA evaluation form (JSON, docs/qa.md) new evaluations use. Default: the shipped form. A form that does not parse stops ia serve with the reason.",
            HelpName = "file.json",
        };
        var qaCues = new Option<string?>("--qa-cues")
        {
            Description = "The QA cue rules (phrase-rule JSON, docs/qa.md) that pre-answer the form's automatic questions. Default: the shipped rules.",
            HelpName = "file.json",
        };
        var knownProxy = new Option<string[]>("--known-proxy")
        {
            Description = "A reverse proxy's IP address whose X-Forwarded-For and X-Forwarded-Proto are believed (repeat for several). Default: none, the headers are ignored.",
            HelpName = "ip",
            AllowMultipleArgumentsPerToken = false,
        };
        var qaMinEvaluations = new Option<int>("--qa-min-evaluations")
        {
            Description = $"The fewest submitted QA evaluations an agent needs before /qa/agents shows their mean QA score (default {WebAppOptions.DefaultQaMinEvaluations}).",
            HelpName = "n",
            DefaultValueFactory = _ => WebAppOptions.DefaultQaMinEvaluations,
        };
        var command = new Command("serve", "Serve the supervisor and QA web app: overview, contacts, contact detail with transcript and corrections. Sign in with a user from ia users add; Ctrl+C stops.")
        {
            db, urls, taxonomy, model, rules, reviewThreshold, minSample, qaForm, qaCues, qaMinEvaluations, knownProxy,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(minSample) < 0)
            {
                await context.Error.WriteLineAsync("error: --min-sample must be 0 or more");
                return ExitCodes.Failure;
            }

            var proxies = parse.GetValue(knownProxy) ?? [];
            if (proxies.FirstOrDefault(p => !System.Net.IPAddress.TryParse(p, out _)) is { } badProxy)
            {
                await context.Error.WriteLineAsync($"error: --known-proxy '{badProxy}' is not an IP address");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(reviewThreshold) is < 0 or > 1)
            {
                await context.Error.WriteLineAsync("error: --review-threshold must be between 0 and 1");
                return ExitCodes.Failure;
            }

            Taxonomy labels;
            ReviewingClassifier reclassifier;
            try
            {
                // The same model, rules and taxonomy as the ingest's, so a speaker-role correction reclassifies the contact
                // as the next ingest would.
                var classifier = ClassifierFactory.Create(parse.GetValue(model), parse.GetValue(taxonomy), parse.GetValue(rules));
                labels = classifier.Taxonomy;
                reclassifier = new ReviewingClassifier(classifier, new ReviewPolicy(parse.GetValue(reviewThreshold)));
            }
            catch (ClassifierSetupException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(qaMinEvaluations) < 1)
            {
                await context.Error.WriteLineAsync("error: --qa-min-evaluations must be 1 or more");
                return ExitCodes.Failure;
            }

            // Both files are read and parsed before the app starts, so a bad one stops `ia serve` with the parser's message.
            QaForm? form = null;
            QaAutoAnswerer? cues = null;
            var reading = "--qa-form";
            try
            {
                if (parse.GetValue(qaForm) is { } formPath)
                {
                    form = QaForm.Parse(await File.ReadAllTextAsync(formPath, cancellationToken));
                }

                reading = "--qa-cues";
                if (parse.GetValue(qaCues) is { } cuesPath)
                {
                    cues = QaAutoAnswerer.Parse(await File.ReadAllTextAsync(cuesPath, cancellationToken));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or QaFormFormatException or PhraseRuleFormatException)
            {
                await context.Error.WriteLineAsync($"error: {reading}: {e.Message}");
                return ExitCodes.Failure;
            }

            var options = new WebAppOptions
            {
                Database = parse.GetValue(db),
                Urls = parse.GetRequiredValue(urls),
                Taxonomy = labels,
                Reclassifier = reclassifier,
                MinSample = parse.GetValue(minSample),
                QaForm = form,
                QaCues = cues,
                QaMinEvaluations = parse.GetValue(qaMinEvaluations),
            };
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

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

using System.Net;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Sentiment;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InteractionAnalytics.Web.Tests;

/// <summary>
/// One test's web app: a SQLite file of its own in a temp directory, filled by the real ingest of <see cref="SeedExport"/>
/// with the shipped classifier, the local sentiment scorer and the stereo recording, five users (one per role, two agents), and the app from <c>Program</c> over it.
/// </summary>
internal sealed class WebTestSite : IAsyncDisposable
{
    public const string Admin = "ada";
    public const string Supervisor = "sue";
    public const string Qa = "quinn";
    public const string AgentA1 = "al";
    public const string AgentA2 = "bea";

    /// <summary>Every test user's password: the name followed by this.</summary>
    public const string PasswordSuffix = "-Passw0rd!";

    private static readonly (string Name, string Role, string? AgentId)[] Users =
    [
        (Admin, UserRoles.Admin, null),
        (Supervisor, UserRoles.Supervisor, null),
        (Qa, UserRoles.Qa, null),
        (AgentA1, UserRoles.Agent, "A1"),
        (AgentA2, UserRoles.Agent, "A2"),
    ];

    // Hashing is deliberately slow; the same hash serves every test's database.
    private static readonly Lazy<string[]> Hashes = new(() =>
    {
        var hasher = new UserPasswordHasher();
        return [.. Users.Select(u => hasher.Hash(u.Name + PasswordSuffix))];
    });

    private static readonly Lazy<Taxonomy> DefaultTaxonomy = new(() => ClassifierFactory.LoadTaxonomy(null));

    // Immutable and thread-safe (each ingest scores through its own scorer), so one serves every test.
    private static readonly Lazy<ConversationClassifier> Classifier = new(() => ClassifierFactory.Create());

    // The local sentiment scorer and the shipped resolution rules, as `ia ingest` uses by default.
    private static readonly Lazy<ConversationMeasurer> Measurer = new(() => new ConversationMeasurer(new VaderSentimentAnalyzer(), ResolutionDetectorFactory.Create()));

    private readonly WebApplicationFactory<Program> _factory;

    private WebTestSite(string root, WebApplicationFactory<Program> factory)
    {
        Root = root;
        _factory = factory;
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "web.db");

    /// <summary>The shipped classifier the seed export is classified with.</summary>
    public static ConversationClassifier DefaultClassifier => Classifier.Value;

    /// <summary>The taxonomy the correction form offers in every test site.</summary>
    public static Taxonomy Taxonomy => DefaultTaxonomy.Value;

    /// <summary>
    /// Starts a site; <paramref name="configureServices"/>, when given, runs after the test defaults (e.g. to replace the
    /// <see cref="TimeProvider"/> with a fake clock or set more <see cref="WebAppOptions"/>).
    /// </summary>
    public static async Task<WebTestSite> StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        var root = NewRoot();
        var databasePath = await SeedAsync(root);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureTestServices(services =>
            {
                services.Configure<WebAppOptions>(o =>
                {
                    o.Database = databasePath;
                    o.Taxonomy = DefaultTaxonomy.Value;
                    o.MinSample = 1;
                });

                // Keys in the test's own directory: nothing written to the user profile, no test reads another's cookies.
                services.AddDataProtection().PersistKeysToFileSystem(KeysDirectory(root));
                configureServices?.Invoke(services);
            }));
        return new WebTestSite(root, factory);
    }

    /// <summary>
    /// Where a test's app keeps the keys that protect its cookies. Not in memory: the data-protection hosted service still
    /// creates a key ring at start, in the user profile unless told otherwise.
    /// </summary>
    public static DirectoryInfo KeysDirectory(string root) => new(Path.Combine(root, "keys"));

    /// <summary>A new, empty temp directory's path for one test.</summary>
    public static string NewRoot() => Path.Combine(Path.GetTempPath(), "ia-web-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Writes <see cref="SeedExport"/> under <paramref name="root"/>, ingests it into <c>web.db</c> there through the real
    /// pipeline with the shipped classifier, adds the five users through the user store, and returns the database path.
    /// </summary>
    public static async Task<string> SeedAsync(string root)
    {
        var export = Path.Combine(root, "export");
        SeedExport.Write(export);
        var databasePath = Path.Combine(root, "web.db");
        await using (var database = await InteractionDatabase.OpenAsync(databasePath, TimeProvider.System, CancellationToken.None))
        {
            var pipeline = new IngestPipeline(database.IngestStore, TimeProvider.System, NullLogger<IngestPipeline>.Instance);
            var summary = await pipeline.RunAsync(
                new IngestRequest { ExportDirectory = export, Classifier = Classifier.Value, Audio = new AudioIngestOptions(), Measurer = Measurer.Value }, null, CancellationToken.None);
            if (summary.Contacts.Rejected > 0 || summary.Transcripts.Rejected > 0 || summary.Audio.Rejected > 0)
            {
                throw new InvalidOperationException($"The seed export was rejected in part: {summary.Contacts.Rejected} contacts, {summary.Transcripts.Rejected} transcripts, {summary.Audio.Rejected} recordings.");
            }

            for (var i = 0; i < Users.Length; i++)
            {
                await database.Users.AddAsync(Users[i].Name, Users[i].Role, Users[i].AgentId, Hashes.Value[i], TimeProvider.System.GetUtcNow(), "test", CancellationToken.None);
            }
        }

        return databasePath;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see every 302.</summary>
    public HttpClient CreateClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="name"/> through the sign-in form.</summary>
    public async Task<HttpClient> SignedInAsync(string name)
    {
        var client = CreateClient();
        var response = await SignInAsync(client, name, name + PasswordSuffix);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {name} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Posts the sign-in form (with its anti-forgery token) as a browser would.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var token = await Html.AntiforgeryTokenAsync(client, "/signin");
        var action = returnUrl is null ? "/signin" : "/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);
        return await client.PostAsync(action, Html.Form(("Name", name), ("Password", password), ("__RequestVerificationToken", token)));
    }

    public async Task<InteractionDatabase> OpenDatabaseAsync() =>
        await InteractionDatabase.OpenAsync(DatabasePath, TimeProvider.System, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        DeleteRoot(Root);
    }

    /// <summary>Deletes a test's temp directory once its app has stopped.</summary>
    public static void DeleteRoot(string root)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}

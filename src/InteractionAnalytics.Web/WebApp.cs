using System.Net;
using InteractionAnalytics.Storage.PostgreSql;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Qa;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web;

/// <summary>
/// Composes the supervisor and QA web app: services, security and pages. The one place that does, for <c>ia serve</c>,
/// the standalone <c>Program.cs</c> and <c>WebApplicationFactory&lt;Program&gt;</c> in tests.
/// </summary>
public static class WebApp
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "ia.auth";

    /// <summary>How long a session lasts without a request; each request in the second half of it renews it (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Builds the app. <paramref name="options"/> are the defaults, which the configuration section <c>WebAppOptions</c>
    /// (from <paramref name="args"/>, environment variables, appsettings) overrides. <paramref name="configure"/>, when
    /// given, runs after the app's own services are added (e.g. <c>ia serve</c> routes the logs to its own writer).
    /// </summary>
    public static WebApplication Build(WebAppOptions options, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(args);
        // The database option may name a PostgreSQL server; Storage opens it through the provider this host carries.
        PostgreSqlDatabaseProvider.Register();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // The pages are compiled into this assembly; when `ia` hosts the app, the entry assembly is ia's, so name ours.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        if (options.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        AddServices(builder, options);
        configure?.Invoke(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>Runs <paramref name="app"/> until <paramref name="cancellationToken"/> is cancelled or the host stops (Ctrl+C).</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }

    private static void AddServices(WebApplicationBuilder builder, WebAppOptions defaults)
    {
        var services = builder.Services;

        // Logs go to standard error, as every `ia` command's do, so standard output stays for results; ASP.NET Core's
        // per-request lines only from warnings up (appsettings or Logging__LogLevel__Microsoft.AspNetCore can lower it).
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // The keys that protect the sign-in and anti-forgery cookies are kept per application name, not per working
        // directory, so a session survives restarting `ia serve` from another directory.
        services.AddDataProtection().SetApplicationName("InteractionAnalytics.Web");

        services.AddOptions<WebAppOptions>()
            .Configure(o =>
            {
                o.Database = defaults.Database;
                o.Urls = defaults.Urls;
                o.Taxonomy = defaults.Taxonomy;
                o.Reclassifier = defaults.Reclassifier;
                o.MinSample = defaults.MinSample;
                foreach (var proxy in defaults.KnownProxies)
                {
                    o.KnownProxies.Add(proxy);
                }

                o.SignInFailuresPerName = defaults.SignInFailuresPerName;
                o.SignInFailuresPerAddress = defaults.SignInFailuresPerAddress;
                o.SignInFailureWindow = defaults.SignInFailureWindow;
                o.QaForm = defaults.QaForm;
                o.QaCues = defaults.QaCues;
                o.QaMinEvaluations = defaults.QaMinEvaluations;
                o.CoachingQaScoreThreshold = defaults.CoachingQaScoreThreshold;
            })
            .BindConfiguration(nameof(WebAppOptions));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WebDatabase>();
        services.AddHostedService(sp => sp.GetRequiredService<WebDatabase>());
        services.AddSingleton<UserPasswordHasher>();
        services.AddSingleton<UserSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebAppOptions>>((forwarded, app) => TrustProxies(forwarded, app.Value));
        services.AddSingleton<ContactAccess>();
        services.AddSingleton<CorrectionChoices>();
        services.AddSingleton<QaSetup>();

        services.AddRazorPages();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ia.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // SecurityHeaders sends X-Frame-Options: DENY on every response; antiforgery's SAMEORIGIN would be weaker.
            o.SuppressXFrameOptionsHeader = true;
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.ReturnUrlParameter = "returnUrl";
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;

                // A signed-in user without the role gets 403 on the spot, not a redirect to a page we do not have.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (name, roles) in Policies.Roles)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }

    // Only the configured proxies are believed; ASP.NET Core's defaults (loopback) are dropped, so with none configured
    // nothing is (and the middleware is not even added).
    private static void TrustProxies(ForwardedHeadersOptions forwarded, WebAppOptions options)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"Known proxy '{proxy}' is not an IP address."));
        }
    }

    private static void UsePipeline(WebApplication app)
    {
        // First, so everything after it (the cookies' Secure flag, the sign-in limits' client address) sees the client's
        // scheme and address as the known proxy forwarded them.
        if (app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.KnownProxies.Count > 0)
        {
            // Resolved now, so a known proxy that is not an IP address fails at start, not at the first request.
            _ = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");

        // Before authentication: the style sheet is the one thing served to anonymous visitors besides the sign-in page.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "InteractionAnalytics.Web.Static"),
            RequestPath = "/static",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapContactCsv();
    }
}

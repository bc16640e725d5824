using InteractionAnalytics.Web;

// Standalone host (and the entry point WebApplicationFactory<Program> drives); `ia serve` composes the same app.
// Options come from configuration, e.g. --WebAppOptions:Database=ia.db --urls http://127.0.0.1:5080.
await using var app = WebApp.Build(new WebAppOptions(), args);
await WebApp.RunAsync(app, CancellationToken.None);

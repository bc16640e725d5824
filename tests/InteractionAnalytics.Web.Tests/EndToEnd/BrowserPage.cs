using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>A page and what it reported: console messages, dialogs (dismissed, and recorded) and uncaught script errors.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _console = new();
    private readonly ConcurrentQueue<string> _dialogs = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => _errors.Enqueue(error);

        // With a listener Playwright leaves the dialog open, so it is dismissed here, after it is recorded.
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Every console message so far, "type: text".</summary>
    public IReadOnlyList<string> ConsoleMessages => [.. _console];

    /// <summary>Every dialog (alert, confirm, prompt) that opened so far, "type: message".</summary>
    public IReadOnlyList<string> Dialogs => [.. _dialogs];

    /// <summary>Every uncaught script error so far.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Signs in through the sign-in form, from wherever the site redirects an anonymous visitor.</summary>
    public async Task SignInAsync(string name, string password)
    {
        await Page.GetByLabel("Name").FillAsync(name);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

using Microsoft.Playwright;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// Full-page screenshots kept as test artifacts: written to <c>screenshots/</c> in the test's work directory (the test
/// assembly's output folder, e.g. <c>artifacts/bin/InteractionAnalytics.Web.Tests/debug/screenshots</c>) and attached to
/// the test result.
/// </summary>
internal static class Screenshots
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    /// <summary>Saves <paramref name="page"/> as <c>screenshots/{name}.png</c> and attaches it to the running test.</summary>
    public static async Task<string> TakeAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, $"{name}: {page.Url}");
        return path;
    }
}

using System.Diagnostics;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

/// <summary>
/// The ffmpeg that tests in the "ffmpeg" category use to make and check files. They fail, not skip, when it is missing:
/// CI installs it, and a silently skipped decoder test would hide a broken decoder.
/// </summary>
internal static class FfmpegTool
{
    public const string Category = "ffmpeg";

    private static readonly string? Found = Find();

    /// <summary>The path of ffmpeg; fails the test when it is not installed.</summary>
    public static string Require()
    {
        if (Found is null)
        {
            Assert.Fail("ffmpeg is not installed, and tests in the 'ffmpeg' category need it (Debian: apt-get install ffmpeg; CI installs it).");
        }

        return Found!;
    }

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> (after <c>-v error -nostdin -y</c>) and fails the test if it fails.</summary>
    public static void Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(Require()) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "error", "-nostdin", "-y", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"ffmpeg {string.Join(' ', arguments)}: {errors}");
    }

    private static string? Find()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Append("/usr/bin")
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg"))
            .FirstOrDefault(File.Exists);
    }
}

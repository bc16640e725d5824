using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace InteractionAnalytics.Ingestion.Audio;

/// <summary>
/// Decodes audio that <see cref="WavReader"/> does not read natively (ADPCM, GSM 6.10, MP3 in WAV, IEEE float, 24-bit
/// PCM, RF64…) by running ffmpeg, when it is installed, and streaming its 16-bit PCM output through a
/// <see cref="WavReader"/> in length-unknown mode; nothing is written to disk. Thread-safe: each call runs its own process.
/// </summary>
/// <remarks>
/// ffmpeg runs without a shell, its arguments passed one by one, as
/// <c>ffmpeg -v error -nostdin -i file:&lt;full path&gt; -f wav -acodec pcm_s16le -</c>; the <c>file:</c> prefix keeps a
/// file name that looks like a protocol ("concat:…", "http:…") a plain file. Whether ffmpeg is installed is checked once per
/// decoder, by running <c>ffmpeg -version</c>. Its error output is kept for the message when decoding fails.
/// </remarks>
public sealed class FfmpegAudioDecoder
{
    /// <summary>The default executable: "ffmpeg", found on PATH.</summary>
    public const string DefaultExecutablePath = "ffmpeg";

    /// <summary>
    /// The default time limit for decoding one file: 2 minutes. ffmpeg decodes an hour of telephone audio in about a second,
    /// so only a hung process reaches it.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    // The version check only has to start the program and print a few lines.
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(15);

    // How long a failing ffmpeg gets to exit once its output stopped making sense.
    private static readonly TimeSpan FailureGrace = TimeSpan.FromSeconds(2);

    // Keep the end of ffmpeg's error output for messages: it names the problem last.
    private const int MaximumErrorChars = 600;

    private readonly Lazy<string?> _unavailableReason;

    /// <summary>Creates a decoder.</summary>
    /// <param name="executablePath">The ffmpeg executable: a path, or a name looked up on PATH; default "ffmpeg".</param>
    /// <param name="timeout">The time limit for decoding one file; greater than zero, default <see cref="DefaultTimeout"/> (2 minutes).</param>
    /// <exception cref="ArgumentException"><paramref name="executablePath"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not greater than zero.</exception>
    public FfmpegAudioDecoder(string executablePath = DefaultExecutablePath, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        var limit = timeout ?? DefaultTimeout;
        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), limit, "The timeout must be greater than zero.");
        }

        ExecutablePath = executablePath;
        Timeout = limit;
        _unavailableReason = new Lazy<string?>(CheckVersion, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The ffmpeg executable: a path, or a name looked up on PATH.</summary>
    public string ExecutablePath { get; }

    /// <summary>The time limit for decoding one file.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// Whether ffmpeg can be run: <c>ffmpeg -version</c> started and exited with 0. Checked on first use and remembered for the
    /// decoder's lifetime.
    /// </summary>
    public bool IsAvailable => _unavailableReason.Value is null;

    /// <summary>
    /// Decodes <paramref name="path"/> with ffmpeg and passes the 16-bit PCM result, as a <see cref="WavReader"/>, to
    /// <paramref name="read"/>, which reads it to the end.
    /// </summary>
    /// <typeparam name="T">What <paramref name="read"/> makes of the samples.</typeparam>
    /// <param name="path">The audio file.</param>
    /// <param name="codec">The codec that needs ffmpeg, e.g. "format tag 0x0011 (IMA ADPCM)", for messages.</param>
    /// <param name="read">Reads the decoded samples; the reader's format has <c>Pcm16</c> encoding and the source's rate and channels.</param>
    /// <param name="cancellationToken">Stops decoding (the process is killed).</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    /// <exception cref="AudioFormatException">
    /// ffmpeg is not installed (the message names the codec and how to install it), fails (the message has its error
    /// output), exceeds <see cref="Timeout"/>, or writes output <see cref="WavReader"/> rejects.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public T Decode<T>(string path, string codec, Func<WavReader, T> read, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(codec);
        ArgumentNullException.ThrowIfNull(read);
        cancellationToken.ThrowIfCancellationRequested();

        if (_unavailableReason.Value is { } reason)
        {
            throw new AudioFormatException($"{WavFormatTags.NotNative(codec)} ({reason})");
        }

        var info = StartInfo();
        string[] arguments = ["-v", "error", "-nostdin", "-i", "file:" + Path.GetFullPath(path), "-f", "wav", "-acodec", "pcm_s16le", "-"];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Start(info, codec);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        using var kill = limit.Token.Register(() => Kill(process));
        try
        {
            T result;
            try
            {
                using var reader = new WavReader(process.StandardOutput.BaseStream, lengthMayBeUnknown: true, leaveOpen: true);
                result = read(reader);
            }
            catch (AudioFormatException ex)
            {
                // Output that ends early usually means ffmpeg failed, and its own message says more than the cut-off stream.
                // If it is still running instead, it wrote a header the reader rejects (a sample rate out of range, say).
                var failed = process.WaitForExit(FailureGrace) && process.ExitCode != 0;
                Kill(process);
                ThrowIfStopped(limit, cancellationToken);
                throw failed ? Failed(process, errors, codec, ex) : ex;
            }

            process.WaitForExit();
            ThrowIfStopped(limit, cancellationToken);
            if (process.ExitCode != 0)
            {
                throw Failed(process, errors, codec, null);
            }

            return result;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException && limit.IsCancellationRequested)
        {
            // Killing the process closes the pipe under the reader.
            ThrowIfStopped(limit, cancellationToken);
            throw;
        }
        finally
        {
            Kill(process);
        }
    }

    private void ThrowIfStopped(CancellationTokenSource limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"ffmpeg did not finish decoding within {Timeout.TotalSeconds:N0} s and was stopped"));
        }
    }

    private static AudioFormatException Failed(Process process, Task<string> errors, string codec, Exception? inner)
    {
        var output = errors.Wait(TimeSpan.FromSeconds(5)) ? errors.Result.Trim() : "";
        if (output.Length > MaximumErrorChars)
        {
            output = "…" + output[^MaximumErrorChars..];
        }

        output = output.ReplaceLineEndings("; ");
        var message = string.Create(CultureInfo.InvariantCulture,
            $"ffmpeg could not decode the {codec} audio (exit code {process.ExitCode}): {(output.Length > 0 ? output : "no error output")}");
        return inner is null ? new AudioFormatException(message) : new AudioFormatException(message, inner);
    }

    private ProcessStartInfo StartInfo() => new(ExecutablePath)
    {
        UseShellExecute = false,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        CreateNoWindow = true,
    };

    private Process Start(ProcessStartInfo info, string codec)
    {
        try
        {
            return Process.Start(info) ?? throw new AudioFormatException($"{WavFormatTags.NotNative(codec)} ('{ExecutablePath}' did not start)");
        }
        catch (Win32Exception ex)
        {
            throw new AudioFormatException($"{WavFormatTags.NotNative(codec)} ('{ExecutablePath}' could not be run: {ex.Message})", ex);
        }
    }

    /// <summary>Runs <c>ffmpeg -version</c>: <see langword="null"/> when it works, otherwise why not.</summary>
    private string? CheckVersion()
    {
        var info = StartInfo();
        info.ArgumentList.Add("-version");
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return $"'{ExecutablePath}' did not start";
            }

            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            if (!process.WaitForExit(VersionTimeout))
            {
                Kill(process);
                return $"'{ExecutablePath} -version' did not finish";
            }

            Task.WaitAll([output, errors], VersionTimeout);
            return process.ExitCode == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"'{ExecutablePath} -version' exited with {process.ExitCode}");
        }
        catch (Win32Exception ex)
        {
            return $"'{ExecutablePath}' could not be run: {ex.Message}";
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in between: nothing to stop.
        }
        catch (Win32Exception)
        {
            // It could not be stopped (already exiting); WaitForExit or the finalizer deals with the rest.
        }
    }
}

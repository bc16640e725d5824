using Dapper;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// An export as a center running Azure Speech batch transcription and a stereo recorder would send it: the vendor's
/// JSON in transcripts/, mu-law recordings in audio/ (the espeak-ng fixture of tests/fixtures/audio), through `ia ingest`
/// and `ia audio`.
/// </summary>
public sealed class AudioAndVendorEndToEndTests
{
    // The fixture's conversation as Azure Speech would transcribe its two channels (times from its manifest.json):
    // agent on channel 0, customer on channel 1.
    private const string AzureTranscript = """
        {
          "source": "https://example.blob.core.windows.net/recordings/C1.wav",
          "durationInTicks": 138000000,
          "recognizedPhrases": [
            { "recognitionStatus": "Success", "channel": 0, "offsetInTicks": 3000000, "durationInTicks": 37460000,
              "nBest": [ { "display": "Thank you for calling, my name is Sam, how can I help you today?" } ] },
            { "recognitionStatus": "Success", "channel": 1, "offsetInTicks": 32400000, "durationInTicks": 27420000,
              "nBest": [ { "display": "Hi, I was charged twice for my bill this month." } ] },
            { "recognitionStatus": "Success", "channel": 0, "offsetInTicks": 64900000, "durationInTicks": 13700000,
              "nBest": [ { "display": "Let me check that for you." } ] },
            { "recognitionStatus": "Success", "channel": 1, "offsetInTicks": 119700000, "durationInTicks": 15260000,
              "nBest": [ { "display": "Hello, are you still there?" } ] }
          ]
        }
        """;

    [Test]
    public async Task Ingest_AzureTranscriptAndRecordings_RolesInferredAudioComparedAndListed()
    {
        using var temp = new TempDirectory();
        var export = temp.Combine("export");
        Directory.CreateDirectory(Path.Combine(export, "transcripts"));
        Directory.CreateDirectory(Path.Combine(export, "audio"));
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "calls.csv")).Take(3).ToList();
        var ids = lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        await File.WriteAllLinesAsync(Path.Combine(export, "calls.csv"), lines);
        await File.WriteAllTextAsync(Path.Combine(export, "transcripts", ids[0] + ".json"), AzureTranscript);
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "audio", "conversation_mulaw_8k_stereo.wav");
        File.Copy(fixture, Path.Combine(export, "audio", ids[0] + ".wav"));
        File.Copy(fixture, Path.Combine(export, "audio", ids[1] + ".wav"));

        var ingest = await CliRun.RunAsync("ingest", export, "--db", temp.Database);
        var audio = await CliRun.RunAsync("audio", "--db", temp.Database);
        var again = await CliRun.RunAsync("ingest", export, "--db", temp.Database);

        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var roles = (await connection.QueryAsync<(string Label, string Role, string Method)>(
            "SELECT speaker_label, role, method FROM speaker_roles ORDER BY speaker_label")).ToList();
        var format = await connection.ExecuteScalarAsync<string>("SELECT format FROM transcripts");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(ingest.Output, Does.Contain("recordings   read       2   stored       2 (new 2, updated 0, unchanged 0)   rejected 0"), ingest.ToString());
            Assert.That(ingest.Output, Does.Contain("1 recordings compared with their transcript, 0 disagree"), ingest.ToString());
            Assert.That(format, Is.EqualTo("azure-speech"));
            Assert.That(roles, Is.EqualTo(new[] { ("ch_0", "agent", "inferred"), ("ch_1", "customer", "inferred") }));
            Assert.That(audio.ExitCode, Is.Zero, audio.ToString());
            Assert.That(audio.Output, Does.StartWith("2 recordings; 1 compared with their transcript; 0 disagree"));
            Assert.That(audio.Output, Does.Contain(ids[0]).And.Contain("G.711 mu-law"));
            Assert.That(again.Output, Does.Contain("recordings   read       2   stored       2 (new 0, updated 0, unchanged 2)"), again.ToString());
        }
    }
}

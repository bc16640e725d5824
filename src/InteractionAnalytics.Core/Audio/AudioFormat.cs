namespace InteractionAnalytics.Core.Audio;

/// <summary>What a recording holds, as its header says.</summary>
/// <param name="SampleRate">Samples per second per channel, in Hz (e.g. 8,000 for telephony); greater than 0.</param>
/// <param name="Channels">The number of channels, 1 or more; in a stereo call recording each party has one.</param>
/// <param name="Encoding">How the samples were stored.</param>
/// <param name="Codec">
/// A readable name of the stored codec, e.g. "PCM 16-bit", "G.711 mu-law" or "IMA ADPCM (format tag 0x0011), decoded by
/// ffmpeg"; for logs and reports.
/// </param>
public sealed record AudioFormat(int SampleRate, int Channels, AudioEncoding Encoding, string Codec);

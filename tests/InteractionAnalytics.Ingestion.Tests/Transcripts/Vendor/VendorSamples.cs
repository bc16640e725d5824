using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

/// <summary>The sample files in Samples/ (copied beside the test assembly) and assertions on the turns read from them.</summary>
internal static class VendorSamples
{
    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Transcripts", "Vendor", "Samples", name));

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public static void AssertTurn(LabelledTurn turn, string label, double start, double end, string text)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(turn.SpeakerLabel, Is.EqualTo(label), "label");
            Assert.That(turn.StartSeconds, Is.EqualTo(start).Within(1e-9), "start");
            Assert.That(turn.EndSeconds, Is.EqualTo(end).Within(1e-9), "end");
            Assert.That(turn.Text, Is.EqualTo(text), "text");
        }
    }
}

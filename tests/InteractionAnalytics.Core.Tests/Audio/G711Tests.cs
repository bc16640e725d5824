using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Core.Tests.Audio;

public sealed class G711Tests
{
    // Values from the G.711 decoding rule (and the reference g711.c): mu-law 0xFE is the smallest positive step (+8);
    // A-law has no zero, its smallest steps are ±8, and 0x2A is the most negative code (the brief had it as +32,256).
    [TestCase(0xFF, 0)]
    [TestCase(0x7F, 0)]
    [TestCase(0x00, -32124)]
    [TestCase(0x80, 32124)]
    [TestCase(0xFE, 8)]
    [TestCase(0x7E, -8)]
    [TestCase(0xEF, 132)]
    [TestCase(0x8F, 16764)]
    public void MuLawToLinear_KnownCodes_StandardValues(int code, int expected)
    {
        Assert.That(G711.MuLawToLinear((byte)code), Is.EqualTo(expected));
    }

    [TestCase(0xD5, 8)]
    [TestCase(0x55, -8)]
    [TestCase(0xAA, 32256)]
    [TestCase(0x2A, -32256)]
    [TestCase(0xD4, 24)]
    [TestCase(0xC5, 264)]
    public void ALawToLinear_KnownCodes_StandardValues(int code, int expected)
    {
        Assert.That(G711.ALawToLinear((byte)code), Is.EqualTo(expected));
    }

    [Test]
    public void Tables_SignBitFlipsTheSign()
    {
        using (Assert.EnterMultipleScope())
        {
            for (var code = 0; code < 256; code++)
            {
                Assert.That(G711.MuLawToLinear((byte)code), Is.EqualTo(-G711.MuLawToLinear((byte)(code ^ 0x80))), $"mu-law 0x{code:X2}");
                Assert.That(G711.ALawToLinear((byte)code), Is.EqualTo(-G711.ALawToLinear((byte)(code ^ 0x80))), $"A-law 0x{code:X2}");
            }
        }
    }

    [Test]
    public void Tables_MagnitudeGrowsWithTheCode()
    {
        // Mu-law: 0xFF (0) down to 0x80 (32,124) is ever louder. A-law: the magnitude grows with the code's low 7 bits
        // after undoing the even-bit inversion.
        for (var i = 1; i < 128; i++)
        {
            Assert.That(G711.MuLawToLinear((byte)(0xFF - i)), Is.GreaterThan(G711.MuLawToLinear((byte)(0xFF - i + 1))), $"mu-law step {i}");
            Assert.That(G711.ALawToLinear((byte)((0x80 | i) ^ 0x55)), Is.GreaterThan(G711.ALawToLinear((byte)((0x80 | (i - 1)) ^ 0x55))), $"A-law step {i}");
        }
    }

    [Test]
    public void Decode_Spans_SameAsOneByOne()
    {
        var codes = new byte[256];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (byte)i;
        }

        var mu = new short[256];
        var a = new short[256];
        G711.DecodeMuLaw(codes, mu);
        G711.DecodeALaw(codes, a);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mu, Is.EqualTo(codes.Select(G711.MuLawToLinear)));
            Assert.That(a, Is.EqualTo(codes.Select(G711.ALawToLinear)));
            Assert.That(() => G711.DecodeMuLaw(codes, new short[10]), Throws.ArgumentException);
        }
    }

    [Test]
    public void Encode_EveryCodeDecodedAndEncodedAgain_SameCode()
    {
        // Mu-law has two zeros (0x7F is −0, 0xFF is +0); both decode to 0, which encodes as 0xFF.
        using (Assert.EnterMultipleScope())
        {
            for (var code = 0; code < 256; code++)
            {
                Assert.That(G711.LinearToMuLaw(G711.MuLawToLinear((byte)code)), Is.EqualTo(code == 0x7F ? 0xFF : code), $"mu-law 0x{code:X2}");
                Assert.That(G711.LinearToALaw(G711.ALawToLinear((byte)code)), Is.EqualTo(code), $"A-law 0x{code:X2}");
            }
        }
    }

    [TestCase(0, 0xFF, 0xD5)]
    [TestCase(short.MaxValue, 0x80, 0xAA)]
    [TestCase(short.MinValue, 0x00, 0x2A)]
    public void Encode_KnownSamples_StandardCodes(int sample, int muLaw, int aLaw)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(G711.LinearToMuLaw((short)sample), Is.EqualTo(muLaw));
            Assert.That(G711.LinearToALaw((short)sample), Is.EqualTo(aLaw));
        }
    }
}

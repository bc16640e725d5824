using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Core.Tests.Privacy;

public sealed class PiiRedactorTests
{
    private static string Redact(string text) => PiiRedactor.Default.Redact(text).Text;

    [TestCase("my card is 4111111111111111 thanks", "my card is [CARD] thanks", TestName = "Visa contiguous")]
    [TestCase("it's 4111 1111 1111 1111.", "it's [CARD].", TestName = "Visa spaced, sentence end")]
    [TestCase("5555-5555-5555-4444 exp 12/27", "[CARD] exp 12/27", TestName = "Mastercard hyphens, expiry kept")]
    [TestCase("number 2223.0031.2200.3222", "number [CARD]", TestName = "Mastercard 2-series dots")]
    [TestCase("amex 3782 822463 10005 please", "amex [CARD] please", TestName = "Amex 4-6-5")]
    [TestCase("card 6011 1111 1111 1117", "card [CARD]", TestName = "Discover")]
    [TestCase("diners 3056 9309 0259 04", "diners [CARD]", TestName = "Diners 14")]
    [TestCase("jcb 3530 1113 3330 0000", "jcb [CARD]", TestName = "JCB")]
    [TestCase("unionpay 6200 0000 0000 0005", "unionpay [CARD]", TestName = "UnionPay")]
    [TestCase("card:4111111111111111,", "card:[CARD],", TestName = "Punctuation around")]
    public void Redact_WrittenCards(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("four one one one one one one one one one one one one one one one", "[CARD]", TestName = "Digit words")]
    [TestCase("it's four one one one, one one one one, one one one one, one one one one okay", "it's [CARD] okay", TestName = "Commas between groups")]
    [TestCase("four double one one uh one one one one and one one one one then triple one one", "[CARD]", TestName = "Double, triple and fillers")]
    [TestCase("4111 one one one one 1111 one one one one", "[CARD]", TestName = "Mixed digits and words")]
    [TestCase("five five five five five five five five five five five five four four four four", "[CARD]", TestName = "Mastercard spoken")]
    [TestCase("six oh one one one one one one one one one one one one one seven", "[CARD]", TestName = "Oh for zero")]
    [TestCase("forty one eleven eleven eleven eleven eleven eleven eleven", "[CARD]", TestName = "Pairs")]
    [TestCase("Four-one-one-one one-one-one-one one-one-one-one one-one-one-one.", "[CARD].", TestName = "Hyphenated words")]
    [TestCase("yes so it is four one one one one one one one one one one one one one one one and the expiry is oh four twenty seven",
        "yes so it is [CARD] and the expiry is oh four twenty seven", TestName = "Expiry after a word")]
    public void Redact_SpokenCards(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("four one one one one one one one one one one one one one one two", "[NUMBER]", TestName = "Spoken, Luhn fails")]
    [TestCase("my account is one two three four five six seven eight nine oh one two", "my account is [NUMBER]", TestName = "Spoken 12 digits")]
    public void Redact_LongSpokenRunsThatAreNoCard_Number(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("SSN 123-45-6789.", "SSN [SSN].", TestName = "Hyphens")]
    [TestCase("it is 123 45 6789", "it is [SSN]", TestName = "Spaces")]
    [TestCase("my social is 123456789", "my social is [SSN]", TestName = "Bare with context")]
    [TestCase("my social is one two three four five six seven eight nine", "my social is [SSN]", TestName = "Spoken with context")]
    public void Redact_Ssn(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("000-12-3456", TestName = "Area 000")]
    [TestCase("666-12-3456", TestName = "Area 666")]
    [TestCase("912-12-3456", TestName = "Area 9xx")]
    [TestCase("123-00-4567", TestName = "Group 00")]
    [TestCase("123-45-0000", TestName = "Serial 0000")]
    [TestCase("ref 1123-45-6789", TestName = "Inside a longer number")]
    [TestCase("123-45 6789", TestName = "Mixed separators")]
    [TestCase("order 123456789", TestName = "Bare without context")]
    public void Redact_NotAnSsn_Unchanged(string text) => Assert.That(Redact(text), Is.EqualTo(text));

    [TestCase("call me at (555) 123-4567 tomorrow", "call me at [PHONE] tomorrow", TestName = "Brackets")]
    [TestCase("555-123-4567", "[PHONE]", TestName = "Hyphens")]
    [TestCase("+1 555 123 4567", "[PHONE]", TestName = "Plus one")]
    [TestCase("1-800-555-1234", "[PHONE]", TestName = "Toll free")]
    [TestCase("555.123.4567.", "[PHONE].", TestName = "Dots")]
    [TestCase("the office is +44 20 7946 0958", "the office is [PHONE]", TestName = "E.164 UK")]
    [TestCase("my cell is 5551234567", "my cell is [PHONE]", TestName = "Bare with context")]
    [TestCase("call me back at 555-1234 tonight", "call me back at [PHONE] tonight", TestName = "Seven digits with context")]
    [TestCase("it's five five five one two three four five six seven", "it's [PHONE]", TestName = "Spoken ten")]
    [TestCase("one eight hundred five five five one two one two", "[PHONE]", TestName = "Spoken eight hundred")]
    [TestCase("oh, five five five, one two three, four five six seven", "oh, [PHONE]", TestName = "Leading oh is an interjection")]
    public void Redact_Phones(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("write to john.smith@example.com today", "write to [EMAIL] today", TestName = "Written")]
    [TestCase("it's john dot smith at gmail dot com", "it's [EMAIL]", TestName = "Spoken")]
    [TestCase("jane underscore doe at example dot co dot uk", "[EMAIL]", TestName = "Spoken underscore and two-part domain")]
    [TestCase("mary at yahoo.com", "[EMAIL]", TestName = "Spoken at, written domain")]
    public void Redact_Emails(string text, string expected) => Assert.That(Redact(text), Is.EqualTo(expected));

    [TestCase("the bill was $1,234.56 on 11/16/2026 at 10:30", TestName = "Amount, date, time")]
    [TestCase("I called 3 times, one or two things", TestName = "Small numbers")]
    [TestCase("order 123456789012 and tracking 1Z999AA10123456784", TestName = "Order and tracking numbers")]
    [TestCase("4111 1111 1111 1112", TestName = "Luhn fails, written")]
    [TestCase("1234567890123456", TestName = "Luhn passes, no issuer")]
    [TestCase("2026-11-17T09:00:00-05:00", TestName = "Timestamp")]
    [TestCase("C1,CU1,A1,North,billing,voice,inbound,20,40,300,60,1,45,0,false,resolved", TestName = "CSV fields")]
    [TestCase("meet me at the office at five", TestName = "At is not an e-mail")]
    [TestCase("part 555-1234 is back in stock", TestName = "Seven digits without a phone word")]
    [TestCase("you can visit us at brightwater dot com or find it online at brightwater dot com", TestName = "A web site read aloud")]
    public void Redact_OrdinaryText_Unchanged(string text)
    {
        var result = PiiRedactor.Default.Redact(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.SameAs(text));
            Assert.That(result.Changed, Is.False);
        }
    }

    [Test]
    public void Redact_SeveralKinds_CountsEachOnce()
    {
        var result = PiiRedactor.Default.Redact(
            "card 4111111111111111, phone 555-123-4567, mail a@b.com, SSN 123-45-6789 and 5555 5555 5555 4444");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.EqualTo("card [CARD], phone [PHONE], mail [EMAIL], SSN [SSN] and [CARD]"));
            Assert.That(result.Counts, Is.EqualTo(new RedactionCounts(2, 1, 1, 1, 0)));
        }
    }

    [Test]
    public void Redact_KindDisabled_FoundButLeft()
    {
        var redactor = new PiiRedactor(RedactionOptions.Parse("phone"));

        var result = redactor.Redact("card 4111 1111 1111 1111, phone 555-123-4567");

        // The card wins its overlap with any phone reading and is kept whole; it is not redacted because cards are off.
        Assert.That(result.Text, Is.EqualTo("card 4111 1111 1111 1111, phone [PHONE]"));
    }

    [Test]
    public void Redact_HostileSizes_EveryValueReplaced()
    {
        // A run of 50,000 spoken digits and 20,000 values in one text: the window search and overlap resolution stay linear.
        var spoken = string.Join(' ', Enumerable.Repeat("one", 50_000));
        var many = string.Join(" and ", Enumerable.Repeat("4111 1111 1111 1111, a@b.com, 555-123-4567", 20_000 / 3));

        var result = PiiRedactor.Default.Redact(spoken + ". " + many);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Does.StartWith("[NUMBER]. [CARD], [EMAIL], [PHONE] and [CARD]"));
            Assert.That(result.Counts, Is.EqualTo(new RedactionCounts(20_000 / 3, 0, 20_000 / 3, 20_000 / 3, 1)));
        }
    }

    [Test]
    public void Redact_None_ReturnsTextAsIs()
    {
        var text = "4111111111111111";

        Assert.That(new PiiRedactor(RedactionOptions.None).Redact(text).Text, Is.SameAs(text));
    }

    [TestCase("all", "all")]
    [TestCase("NONE", "none")]
    [TestCase("cards, email", "cards,email")]
    [TestCase("card,ssns,phones,emails,number", "all")]
    public void RedactionOptions_Parse_RoundTrips(string text, string expected) =>
        Assert.That(RedactionOptions.Parse(text).ToString(), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("cards,passport")]
    public void RedactionOptions_Parse_Unknown_Throws(string text) =>
        Assert.That(() => RedactionOptions.Parse(text), Throws.TypeOf<FormatException>());

    [TestCase("4111111111111111", true)]
    [TestCase("4111111111111112", false)]
    [TestCase("378282246310005", true)]
    public void PaymentCards_PassesLuhn(string digits, bool expected) => Assert.That(PaymentCards.PassesLuhn(digits), Is.EqualTo(expected));
}

namespace InteractionAnalytics.Core.Privacy;

/// <summary>A kind of personal data the redactor finds (docs/privacy.md). Lower values win overlaps.</summary>
public enum PiiKind
{
    /// <summary>A payment card number: 13-19 digits, Luhn-valid, with a known issuer prefix; written or spoken.</summary>
    Card,

    /// <summary>A US social security number (valid area, group and serial), written or spoken near "social"/"SSN".</summary>
    Ssn,

    /// <summary>A phone number: North American or E.164 written, or a spoken run of 10 digits (11 starting with one).</summary>
    Phone,

    /// <summary>An e-mail address, written (<c>a@b.com</c>) or as speech-to-text writes it (<c>a dot b at c dot com</c>).</summary>
    Email,

    /// <summary>
    /// A spoken run of 12 or more digits that is not a valid card: most often a card number with one digit misheard,
    /// which would otherwise be stored nearly whole.
    /// </summary>
    SpokenNumber,
}

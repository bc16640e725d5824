namespace InteractionAnalytics.Core.Privacy;

/// <summary>
/// The typed placeholders that replace what the redactor finds. They are short and stable because classification,
/// evidence offsets and phrase rules work on the redacted text; changing one changes stored evidence.
/// </summary>
public static class PiiPlaceholders
{
    /// <summary>Replaces a payment card number.</summary>
    public const string Card = "[CARD]";

    /// <summary>Replaces a US social security number.</summary>
    public const string Ssn = "[SSN]";

    /// <summary>Replaces a phone number.</summary>
    public const string Phone = "[PHONE]";

    /// <summary>Replaces an e-mail address.</summary>
    public const string Email = "[EMAIL]";

    /// <summary>Replaces a long spoken digit run that is not a valid card.</summary>
    public const string SpokenNumber = "[NUMBER]";

    /// <summary>The placeholder of <paramref name="kind"/>.</summary>
    public static string For(PiiKind kind) => kind switch
    {
        PiiKind.Card => Card,
        PiiKind.Ssn => Ssn,
        PiiKind.Phone => Phone,
        PiiKind.Email => Email,
        PiiKind.SpokenNumber => SpokenNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown PII kind"),
    };
}

namespace InteractionAnalytics.Core.Privacy;

/// <summary>The checks that make a digit string a payment card number: the Luhn check digit and an issuer prefix.</summary>
public static class PaymentCards
{
    /// <summary>Shortest card number, in digits.</summary>
    public const int MinDigits = 13;

    /// <summary>Longest card number, in digits.</summary>
    public const int MaxDigits = 19;

    /// <summary>Whether <paramref name="digits"/> (ASCII digits only) passes the Luhn (mod 10) check.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// Whether <paramref name="digits"/> starts with an issuer prefix (IIN) of Visa, Mastercard (51-55, 2221-2720),
    /// American Express, Discover, Diners Club, JCB, UnionPay or Maestro, at a length that issuer uses. A precision
    /// aid: one random digit string in ten passes Luhn, far fewer also have a real prefix and length.
    /// </summary>
    public static bool HasIssuerPrefix(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        if (length is < MinDigits or > MaxDigits)
        {
            return false;
        }

        var p2 = Prefix(digits, 2);
        var p3 = Prefix(digits, 3);
        var p4 = Prefix(digits, 4);
        var p6 = Prefix(digits, 6);
        var visa = digits[0] == '4' && length is 13 or 16 or 19;
        var mastercard = (p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720) && length == 16;
        var amex = p2 is 34 or 37 && length == 15;
        var discover = (p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925) && length >= 16;
        var diners = (p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && length >= 14;
        var jcb = p4 is >= 3528 and <= 3589 && length >= 16;
        var unionPay = p2 == 62 && length >= 16;
        var maestro = p2 is 50 or (>= 56 and <= 69);
        return visa || mastercard || amex || discover || diners || jcb || unionPay || maestro;
    }

    /// <summary>Both checks: the digits are a plausible card number.</summary>
    public static bool IsCardNumber(ReadOnlySpan<char> digits) => HasIssuerPrefix(digits) && PassesLuhn(digits);

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}

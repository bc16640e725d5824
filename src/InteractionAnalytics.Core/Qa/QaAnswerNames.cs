namespace InteractionAnalytics.Core.Qa;

/// <summary>The stored and posted names of <see cref="QaAnswer"/>: <c>yes</c>, <c>no</c>, <c>n_a</c>.</summary>
public static class QaAnswerNames
{
    /// <summary>The name of <see cref="QaAnswer.Yes"/>.</summary>
    public const string Yes = "yes";

    /// <summary>The name of <see cref="QaAnswer.No"/>.</summary>
    public const string No = "no";

    /// <summary>The name of <see cref="QaAnswer.NotApplicable"/>.</summary>
    public const string NotApplicable = "n_a";

    /// <summary>The name of <paramref name="answer"/>.</summary>
    public static string Name(QaAnswer answer) => answer switch
    {
        QaAnswer.Yes => Yes,
        QaAnswer.No => No,
        QaAnswer.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Unknown answer."),
    };

    /// <summary>The answer named <paramref name="name"/> (exact); <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? name, out QaAnswer answer)
    {
        switch (name)
        {
            case Yes:
                answer = QaAnswer.Yes;
                return true;
            case No:
                answer = QaAnswer.No;
                return true;
            case NotApplicable:
                answer = QaAnswer.NotApplicable;
                return true;
            default:
                answer = default;
                return false;
        }
    }
}

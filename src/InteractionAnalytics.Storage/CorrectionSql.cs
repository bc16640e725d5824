namespace InteractionAnalytics.Storage;

/// <summary>
/// The one definition of "the corrected label": a contact's latest supervisor correction of that label, if any.
/// Reports, the correction audit trail and retraining all read it through here.
/// </summary>
internal static class CorrectionSql
{
    /// <summary>
    /// A scalar subquery: the latest non-null <paramref name="column"/> (<c>intent</c> or <c>root_cause</c>) corrected for
    /// the contact whose id is the SQL expression <paramref name="callId"/>, or NULL. Both arguments are constants of
    /// this assembly, never user text.
    /// </summary>
    public static string Latest(string column, string callId) =>
        $"(SELECT {column} FROM classification_corrections WHERE call_id = {callId} AND {column} IS NOT NULL ORDER BY correction_id DESC LIMIT 1)";
}

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>How a handled contact ended.</summary>
/// <param name="Disposition">The wrap-up code (<see cref="Dispositions"/>).</param>
/// <param name="Resolved">Whether the customer's need was met within the contact (the truth file's resolution).</param>
/// <param name="TransferCount">Transfers during the contact (0, 1 or 2).</param>
internal sealed record ContactOutcome(string Disposition, bool Resolved, int TransferCount)
{
    /// <summary>Whether the contact ended in a transfer.</summary>
    public bool Transferred => TransferCount > 0;
}

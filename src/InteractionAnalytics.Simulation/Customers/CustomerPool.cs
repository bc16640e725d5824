using System.Collections;
using System.Globalization;
using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Customers;

/// <summary>
/// The customer base fresh contacts are drawn from: the numbers 1..size, with size four times the requested contacts
/// (at least 50, at most 50 million). Drawing a number needs no storage; only a bit per number is kept, to count the
/// distinct customers the export names. Drawing with replacement means some customers call again about something
/// unrelated, as real ones do.
/// </summary>
internal sealed class CustomerPool
{
    /// <summary>Share of fresh contacts whose caller id is withheld (no customer id in the export).</summary>
    public const double WithheldShare = 0.03;

    /// <summary>The largest pool.</summary>
    public const int MaxSize = 50_000_000;

    private readonly int _size;
    private readonly BitArray _seen;

    /// <summary>Creates the pool for a run of <paramref name="calls"/> contacts.</summary>
    public CustomerPool(int calls)
    {
        _size = (int)Math.Clamp(calls * 4L, 50, MaxSize);
        _seen = new BitArray(_size + 1);
    }

    /// <summary>Number of distinct customer ids marked with <see cref="MarkSeen"/>.</summary>
    public int Distinct { get; private set; }

    /// <summary>The customer id written to the export, e.g. <c>CU000123</c>; <see langword="null"/> when withheld.</summary>
    public static string? IdOf(Customer customer) =>
        customer.Withheld ? null : "CU" + customer.Key.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Draws the customer of a fresh contact.</summary>
    public Customer Draw(Random random) => new(random.Next(1, _size + 1), random.Chance(WithheldShare));

    /// <summary>Records that the export names <paramref name="customer"/> (withheld customers are not counted).</summary>
    public void MarkSeen(Customer customer)
    {
        if (!customer.Withheld && !_seen[customer.Key])
        {
            _seen[customer.Key] = true;
            Distinct++;
        }
    }
}

namespace InteractionAnalytics.Simulation.Timing;

/// <summary>Splits the requested number of contacts over the simulated days by the day-of-week weights.</summary>
internal static class DayQuotas
{
    /// <summary>
    /// Contacts per day, summing exactly to <paramref name="calls"/>: each day gets the floor of its weighted share and the
    /// leftover contacts go to the days with the largest remainders (earlier day first on ties), so the split is deterministic.
    /// </summary>
    public static int[] Allocate(int calls, DateOnly startDate, int days)
    {
        var weights = new double[days];
        for (var d = 0; d < days; d++)
        {
            weights[d] = ArrivalProfile.DayWeight(startDate.AddDays(d).DayOfWeek);
        }

        var total = weights.Sum();
        var quotas = new int[days];
        var remainders = new double[days];
        var assigned = 0L;
        for (var d = 0; d < days; d++)
        {
            var exact = calls * weights[d] / total;
            quotas[d] = (int)Math.Floor(exact);
            remainders[d] = exact - quotas[d];
            assigned += quotas[d];
        }

        var order = Enumerable.Range(0, days).OrderByDescending(d => remainders[d]).ThenBy(d => d).ToArray();
        for (var i = 0; assigned < calls; i++, assigned++)
        {
            quotas[order[i % days]]++;
        }

        return quotas;
    }
}

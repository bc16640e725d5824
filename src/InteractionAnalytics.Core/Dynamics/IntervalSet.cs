namespace InteractionAnalytics.Core.Dynamics;

/// <summary>Union, intersection and complement of interval lists, the arithmetic behind <see cref="ConversationDynamics"/>.</summary>
internal static class IntervalSet
{
    /// <summary>
    /// The union of <paramref name="intervals"/> as disjoint intervals in time order. Intervals that overlap or touch
    /// (one ends where the next starts) merge; zero-length intervals are kept as points unless they fall inside another.
    /// Sorts <paramref name="intervals"/> in place.
    /// </summary>
    public static List<SecondsInterval> Union(List<SecondsInterval> intervals)
    {
        intervals.Sort(static (x, y) =>
        {
            var order = x.StartSeconds.CompareTo(y.StartSeconds);
            return order != 0 ? order : x.EndSeconds.CompareTo(y.EndSeconds);
        });
        var merged = new List<SecondsInterval>(intervals.Count);
        foreach (var next in intervals)
        {
            if (merged.Count > 0 && next.StartSeconds <= merged[^1].EndSeconds)
            {
                var last = merged[^1];
                merged[^1] = last with { EndSeconds = Math.Max(last.EndSeconds, next.EndSeconds) };
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }

    /// <summary>The total length of disjoint intervals, in seconds.</summary>
    public static double Length(List<SecondsInterval> disjoint)
    {
        var total = 0.0;
        foreach (var interval in disjoint)
        {
            total += interval.LengthSeconds;
        }

        return total;
    }

    /// <summary>
    /// The stretches two unions (each disjoint, in time order) have in common, keeping only those longer than
    /// <paramref name="minLength"/> seconds, so a mere touch is no overlap.
    /// </summary>
    public static List<SecondsInterval> Intersect(List<SecondsInterval> first, List<SecondsInterval> second, double minLength)
    {
        var common = new List<SecondsInterval>();
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            var start = Math.Max(first[i].StartSeconds, second[j].StartSeconds);
            var end = Math.Min(first[i].EndSeconds, second[j].EndSeconds);
            if (end - start > minLength)
            {
                common.Add(new SecondsInterval(start, end));
            }

            // Advance whichever ends first: it cannot overlap anything later in the other list.
            if (first[i].EndSeconds < second[j].EndSeconds)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>The parts of <paramref name="span"/> that a union (disjoint, in time order) does not cover, in time order.</summary>
    public static List<SecondsInterval> Complement(List<SecondsInterval> disjoint, SecondsInterval span)
    {
        var gaps = new List<SecondsInterval>();
        var cursor = span.StartSeconds;
        foreach (var interval in disjoint)
        {
            if (interval.StartSeconds > cursor)
            {
                gaps.Add(new SecondsInterval(cursor, Math.Min(interval.StartSeconds, span.EndSeconds)));
            }

            cursor = Math.Max(cursor, interval.EndSeconds);
            if (cursor >= span.EndSeconds)
            {
                return gaps;
            }
        }

        if (span.EndSeconds > cursor)
        {
            gaps.Add(new SecondsInterval(cursor, span.EndSeconds));
        }

        return gaps;
    }

    /// <summary>
    /// <paramref name="intervals"/> clipped to <paramref name="span"/>, keeping only parts longer than 0 seconds.
    /// </summary>
    public static List<SecondsInterval> Clip(List<SecondsInterval> intervals, SecondsInterval span)
    {
        var clipped = new List<SecondsInterval>(intervals.Count);
        foreach (var interval in intervals)
        {
            var start = Math.Max(interval.StartSeconds, span.StartSeconds);
            var end = Math.Min(interval.EndSeconds, span.EndSeconds);
            if (end > start)
            {
                clipped.Add(new SecondsInterval(start, end));
            }
        }

        return clipped;
    }
}

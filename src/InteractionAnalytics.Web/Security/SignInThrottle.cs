using System.Net;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Counts failed sign-ins per name and per client address in a sliding window and says when either is locked
/// (<see cref="WebAppOptions.SignInFailuresPerName"/>, <see cref="WebAppOptions.SignInFailuresPerAddress"/>,
/// <see cref="WebAppOptions.SignInFailureWindow"/>). A key is locked while it has at least its limit of failures within
/// the window before now; it unlocks when the oldest of them leaves the window. A successful sign-in clears its name's
/// failures (not its address's: one good account must not launder guesses at others). Kept in memory for this process:
/// several app instances each count on their own, and a restart forgets.
/// </summary>
public sealed class SignInThrottle
{
    // Beyond this many keys, stale ones (no failure within the window) are dropped before another is added, so a
    // stream of made-up names cannot grow the table without end.
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly int _perName;
    private readonly int _perAddress;
    private readonly TimeSpan _window;

    /// <summary>Creates the throttle with the app's limits and clock.</summary>
    public SignInThrottle(IOptions<WebAppOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _perName = Math.Max(1, options.Value.SignInFailuresPerName);
        _perAddress = Math.Max(1, options.Value.SignInFailuresPerAddress);
        _window = options.Value.SignInFailureWindow > TimeSpan.Zero ? options.Value.SignInFailureWindow : TimeSpan.FromMinutes(15);
    }

    /// <summary>
    /// How long until <paramref name="name"/> and <paramref name="address"/> may try again (the longer of the two), or
    /// <see langword="null"/> when neither is locked.
    /// </summary>
    public TimeSpan? RetryAfter(string? name, IPAddress? address)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var byName = Remaining(NameKey(name), _perName, now);
            var byAddress = address is null ? null : Remaining(AddressKey(address), _perAddress, now);
            return byName is null ? byAddress : byAddress is null ? byName : byName > byAddress ? byName : byAddress;
        }
    }

    /// <summary>Counts a failed sign-in; <see langword="true"/> when it locks the name or the address.</summary>
    public bool RecordFailure(string? name, IPAddress? address)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var locked = Add(NameKey(name), _perName, now);
            if (address is not null)
            {
                locked |= Add(AddressKey(address), _perAddress, now);
            }

            return locked;
        }
    }

    /// <summary>Clears the failures of <paramref name="name"/> after it signed in.</summary>
    public void RecordSuccess(string? name)
    {
        lock (_lock)
        {
            _failures.Remove(NameKey(name));
        }
    }

    // Names compare without regard to case, as the users table does; cut to one more than the longest valid name.
    private static string NameKey(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        return "name:" + (trimmed.Length > 65 ? trimmed[..65] : trimmed).ToUpperInvariant();
    }

    // An IPv4 client reaching a dual-stack socket appears as ::ffff:a.b.c.d; both spellings are one client.
    private static string AddressKey(IPAddress address) =>
        "ip:" + (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private TimeSpan? Remaining(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return null;
        }

        Expire(times, now);
        if (times.Count < limit)
        {
            return null;
        }

        // The queue keeps the newest `limit` failures; the lock ends when the oldest of them is a window old.
        return times.Peek() + _window - now;
    }

    private bool Add(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            if (_failures.Count >= PruneAbove)
            {
                Prune(now);
            }

            times = new Queue<DateTimeOffset>(limit);
            _failures[key] = times;
        }

        Expire(times, now);
        times.Enqueue(now);
        while (times.Count > limit)
        {
            times.Dequeue();
        }

        return times.Count >= limit;
    }

    private void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + _window <= now)
        {
            times.Dequeue();
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures.ToList())
        {
            Expire(times, now);
            if (times.Count == 0)
            {
                _failures.Remove(key);
            }
        }
    }
}

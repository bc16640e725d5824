using System.Net;
using InteractionAnalytics.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Web.Tests.Security;

/// <summary>The sign-in limits on a fake clock: 5 failures per name and 3 per address in a sliding 15-minute window.</summary>
public sealed class SignInThrottleTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.7");

    private static (SignInThrottle Throttle, FakeTimeProvider Time) Create()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new WebAppOptions { SignInFailuresPerName = 5, SignInFailuresPerAddress = 3, SignInFailureWindow = TimeSpan.FromMinutes(15) });
        return (new SignInThrottle(options, time), time);
    }

    [Test]
    public void Name_FifthFailureLocks_UntilTheOldestLeavesTheWindow()
    {
        var (throttle, time) = Create();
        var locks = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            locks.Add(throttle.RecordFailure("sue", null));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        // Failures at 0, 1, 2, 3, 4 minutes; now 5 minutes: the first leaves the window at 15 minutes.
        var atFive = throttle.RetryAfter("SUE", null);
        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var justBefore = throttle.RetryAfter("sue", null);
        time.Advance(TimeSpan.FromSeconds(1));
        var atFifteen = throttle.RetryAfter("sue", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(locks, Is.EqualTo(new[] { false, false, false, false, true }));
            Assert.That(atFive, Is.EqualTo(TimeSpan.FromMinutes(10)), "names compare without case");
            Assert.That(justBefore, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(atFifteen, Is.Null, "four failures left in the window");
            Assert.That(throttle.RetryAfter("ana", null), Is.Null, "another name is not locked");
        }
    }

    [Test]
    public void Success_ClearsTheNamesFailures()
    {
        var (throttle, _) = Create();
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure("sue", null);
        }

        throttle.RecordSuccess("Sue");
        var afterSuccess = throttle.RecordFailure("sue", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterSuccess, Is.False);
            Assert.That(throttle.RetryAfter("sue", null), Is.Null);
        }
    }

    [Test]
    public void Address_LockedAcrossNames_SuccessDoesNotClearIt()
    {
        var (throttle, time) = Create();
        throttle.RecordFailure("a", Client);
        throttle.RecordFailure("b", Client);
        time.Advance(TimeSpan.FromMinutes(2));
        var third = throttle.RecordFailure("c", Client);
        throttle.RecordSuccess("c");
        var mapped = IPAddress.Parse("::ffff:203.0.113.7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(third, Is.True);
            Assert.That(throttle.RetryAfter("d", Client), Is.EqualTo(TimeSpan.FromMinutes(13)), "a fresh name from a locked address");
            Assert.That(throttle.RetryAfter("d", mapped), Is.EqualTo(TimeSpan.FromMinutes(13)), "the IPv4-mapped spelling is the same client");
            Assert.That(throttle.RetryAfter("d", IPAddress.Parse("203.0.113.8")), Is.Null);
            Assert.That(throttle.RetryAfter("d", null), Is.Null);
        }
    }
}

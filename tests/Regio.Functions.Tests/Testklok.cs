using Microsoft.Extensions.Time.Testing;
using Regio.Platform.Tijd;

namespace Regio.Functions.Tests;

/// <summary>
/// The moment every app under test starts at unless its test chooses otherwise: Monday 23 November 2026, 10:00 Dutch
/// time, the platform tests' moment too. Tests pin the clock so that what they assert about today holds on any real day;
/// a test that needs time to pass moves its app's <see cref="RegioAppFactory.Klok"/>.
/// </summary>
internal static class Testklok
{
    public static readonly DateTimeOffset Begin = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The Dutch date at <see cref="Begin"/>: what the apps call today.</summary>
    public static DateOnly Vandaag => NederlandseTijd.Datum(Begin);

    public static FakeTimeProvider Nieuw() => new(Begin);

    /// <summary>
    /// A clock that starts at the real now, for tests whose files go straight into Azurite with a SAS from the app: Azurite
    /// checks the SAS's start and expiry against its own, real clock. Such a test still moves time itself, from there.
    /// </summary>
    public static FakeTimeProvider VanafNu() => new(DateTimeOffset.UtcNow);
}

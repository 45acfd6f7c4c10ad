using Azure;
using Regio.Platform.Storage;

namespace Regio.Platform.Tests.Storage;

public class VersieTests
{
    [Fact]
    public void A_single_row_version_survives_the_round_trip_through_its_token()
    {
        var etag = new ETag("W/\"datetime'2026-12-07T17%3A40%3A00.1234567Z'\"");

        var terug = Versie.Parse(Versie.Enkel(etag).ToString());

        Assert.Equal(etag, terug.EnkeleETag);
    }

    [Fact]
    public void A_token_that_is_not_ours_knows_no_single_row()
    {
        Assert.Null(Versie.Parse("W/\"datetime'2026-12-07T17%3A40%3A00Z'\"").EnkeleETag);
    }

    [Fact]
    public void A_single_row_version_writes_with_its_own_etag()
    {
        var etag = new ETag("W/\"datetime'2026-12-07T17%3A40%3A00.1234567Z'\"");

        Assert.Equal(etag, Versie.Parse(Versie.Enkel(etag).ToString()).EnkeleETagOfOnbekend);
    }

    [Fact]
    public void A_missing_or_foreign_token_writes_with_the_same_etag_that_no_row_has()
    {
        var onbekend = Versie.Parse(null).EnkeleETagOfOnbekend;

        Assert.Equal(onbekend, Versie.Parse("W/\"datetime'2026-12-07T17%3A40%3A00Z'\"").EnkeleETagOfOnbekend);
        Assert.DoesNotContain("datetime", onbekend.ToString(), StringComparison.Ordinal);
    }
}

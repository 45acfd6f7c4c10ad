using Regio.Domain.Ids;

namespace Regio.Domain.Tests.Ids;

public class IdregelTests
{
    [Theory]
    [InlineData("haarlem")]
    [InlineData("jeugdhulp-2023")]
    [InlineData("aanbieder|demo-jeugdzorg-kennemerland")]
    [InlineData("gemeente:haarlem")]
    [InlineData("jeugdhulp-2023.1.aanbieder.demo-jeugdzorg-kennemerland")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("2022-01")]
    public void Every_kind_of_id_the_platform_makes_fits_the_rule(string id) =>
        Assert.True(Idregel.Past(id), $"'{id}' is een id van het platform maar past niet bij de regel.");

    [Theory]
    [InlineData("")]
    [InlineData("#?/\\")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("haarlem\n")]
    [InlineData("a\u0000b")]
    [InlineData("a b")]
    [InlineData("'; --")]
    [InlineData("é")]
    public void A_key_storage_forbids_or_no_id_has_does_not_fit(string id) =>
        Assert.False(Idregel.Past(id), $"'{id}' mag geen id zijn.");

    [Fact]
    public void An_id_longer_than_the_maximum_does_not_fit() =>
        Assert.False(Idregel.Past(new string('a', Idregel.MaximumLengte + 1)), "Een id van 129 tekens mag er niet door.");
}

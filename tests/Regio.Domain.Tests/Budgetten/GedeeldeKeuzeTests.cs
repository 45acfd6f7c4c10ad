using System.Text.Json;
using Regio.Domain.Budgetten;

namespace Regio.Domain.Tests.Budgetten;

/// <summary>What the regio reads of a shared lokale keuze is one list, and the gemeente is told exactly that list.</summary>
public class GedeeldeKeuzeTests
{
    private static IEnumerable<string> Velden(Type type) =>
        type.GetProperties().Where(p => p.DeclaringType == type && p.GetMethod?.IsStatic == false).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    [Fact]
    public void A_shared_keuze_holds_exactly_the_fields_the_regio_is_said_to_read()
    {
        Assert.Equal(GedeeldeKeuze.Velden.Select(v => v.Veld).Prepend("id").Order(), Velden(typeof(GedeeldeKeuze)).Order());
    }

    [Fact]
    public void Every_field_of_a_lokale_keuze_is_either_read_by_the_regio_or_kept_by_the_gemeente()
    {
        var ingedeeld = GedeeldeKeuze.Velden.Concat(GedeeldeKeuze.AlleenVoorDeGemeente).Select(v => v.Veld).Concat(["id", "gedeeldMetRegio"]);

        Assert.Equal(ingedeeld.Order(), Velden(typeof(LokaleKeuze)).Order());
    }

    [Theory]
    [InlineData(true, "Gedeeld met de regio. De regiocoördinator ziet van een gedeelde keuze alleen de naam, waar de keuze over gaat en hoe de gemeente dit organiseert. De lokale trajecten en de notitie voor de raad blijven alleen voor de gemeente.")]
    [InlineData(false, "Niet gedeeld: alleen medewerkers van de gemeente zien deze keuze. De regiocoördinator ziet van een gedeelde keuze alleen de naam, waar de keuze over gaat en hoe de gemeente dit organiseert. De lokale trajecten en de notitie voor de raad blijven alleen voor de gemeente.")]
    public void The_gemeente_is_told_in_Dutch_what_the_regio_reads_and_what_it_keeps(bool gedeeld, string uitleg) =>
        Assert.Equal(uitleg, GedeeldeKeuze.Uitleg(gedeeld));
}

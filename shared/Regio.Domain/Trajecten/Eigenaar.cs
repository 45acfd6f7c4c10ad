using Regio.Domain.Regios;

namespace Regio.Domain.Trajecten;

/// <summary>Who runs a traject: the regio (shared, on behalf of its gemeenten) or one gemeente (local).</summary>
public abstract record Eigenaar
{
    private Eigenaar() { }

    public sealed record DeRegio(RegioId Regio) : Eigenaar;

    public sealed record EenGemeente(GemeenteId Gemeente) : Eigenaar;

    /// <summary>The form used in the data set and in storage: <c>regio:zk-ijmond</c>, <c>gemeente:haarlem</c>.</summary>
    public string Sleutel => this switch
    {
        DeRegio r => $"regio:{r.Regio}",
        EenGemeente g => $"gemeente:{g.Gemeente}",
        _ => throw new InvalidOperationException("Onbekende eigenaar."),
    };

    /// <summary>How people read the owner: "Regio Zuid-Kennemerland en IJmond", "Gemeente Haarlem".</summary>
    public string Naam(Regios.Regio regio) => Naam([regio]);

    /// <summary>The owner's name as one of <paramref name="regios"/> knows it; its key where none of them does.</summary>
    public string Naam(IEnumerable<Regios.Regio> regios)
    {
        ArgumentNullException.ThrowIfNull(regios);
        return this switch
        {
            DeRegio r when regios.FirstOrDefault(x => x.Id == r.Regio) is { } regio => $"Regio {regio.Naam}",
            EenGemeente g when regios.FirstOrDefault(x => x.HeeftGemeente(g.Gemeente)) is { } regio => $"Gemeente {regio.NaamVan(g.Gemeente)}",
            _ => Sleutel,
        };
    }

    public static bool TryParse(string? sleutel, out Eigenaar eigenaar)
    {
        eigenaar = null!;
        var parts = (sleutel ?? "").Split(':', 2);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            return false;
        }
        eigenaar = parts[0] switch
        {
            "regio" => new DeRegio(new RegioId(parts[1])),
            "gemeente" => new EenGemeente(new GemeenteId(parts[1])),
            _ => null!,
        };
        return eigenaar is not null;
    }
}

using System.Security.Cryptography;
using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>What the registration use cases share: the statements as given, a new combinatie's id, the audit event.</summary>
internal static class Aanmeldinvoer
{
    public static CombinatieId NieuwId() => new(RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 10));

    /// <summary>The statements as given; null when they are fine, else the Dutch answer.</summary>
    public static Uitkomst<T>? Verklaar<T>(Verklaringsinvoer invoer, Actor actor, DateTimeOffset nu, out IReadOnlyList<Verklaring> verklaringen)
    {
        verklaringen = [];
        var soorten = new List<Verklaringsoort>();
        foreach (var tekst in invoer?.Soorten ?? [])
        {
            if (!Enum.TryParse<Verklaringsoort>(tekst, ignoreCase: true, out var soort) || !Enum.IsDefined(soort) || int.TryParse(tekst, out _))
            {
                return new Uitkomst<T>.Ongeldig(new Dictionary<string, string>
                {
                    ["verklaringen"] = $"'{tekst}' is geen verklaring. Kies uit: {string.Join(", ", Verklaringen.Alle)}.",
                });
            }
            soorten.Add(soort);
        }
        switch (Aanmeldregels.Verklaar(soorten, invoer?.UeaSha256, actor.Naam, nu))
        {
            case AanmeldUitkomst<IReadOnlyList<Verklaring>>.Toegestaan t:
                verklaringen = t.Waarde;
                return null;
            case AanmeldUitkomst<IReadOnlyList<Verklaring>>.Geweigerd g:
                return g.Weigering;
            default:
                throw new InvalidOperationException("Onbekende uitkomst van Aanmeldregels.Verklaar.");
        }
    }

    /// <summary>The audit event in the perceel's partition, at the server's time, naming the actor as every event does.</summary>
    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}

using Regio.Domain.Organisaties;

namespace Regio.Domain.Trajecten.Vragen;

/// <summary>
/// Who asked a question. Kept with the question so the traject's owner can follow up, and never part of a
/// <see cref="NotaVanInlichtingen"/>: every aanbieder must get the same answers without knowing who asked.
/// </summary>
public sealed record Vragensteller(OrganisatieId Organisatie, string OrganisatieNaam, string Persoon);

/// <summary>The owner's answer; <see cref="Door"/> is the person who wrote it, for the owner's own follow-up.</summary>
public sealed record Antwoord(string Tekst, DateTimeOffset BeantwoordOp, string Door);

/// <summary>
/// A question of an aanbieder about a traject, numbered per traject. <see cref="Perceel"/> is null when it is about the
/// traject as a whole. Once <see cref="NotaNummer"/> is set, the question and its answer are published and never change.
/// </summary>
public sealed record Vraag(
    int Nummer,
    int? Perceel,
    string Tekst,
    DateTimeOffset GesteldOp,
    Vragensteller Vragensteller,
    Antwoord? Antwoord = null,
    int? NotaNummer = null)
{
    public bool IsGepubliceerd => NotaNummer is not null;

    /// <summary>Answered, and waiting for the next Nota van Inlichtingen.</summary>
    public bool IsKlaarVoorPublicatie => Antwoord is not null && NotaNummer is null;
}

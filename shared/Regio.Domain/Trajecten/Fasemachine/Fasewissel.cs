namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>The outcome of asking a perceel to change phase: the new phase, or the rule that refused.</summary>
public abstract record Uitkomst
{
    private Uitkomst() { }

    public sealed record Toegestaan(Fase NieuweFase) : Uitkomst;

    public sealed record Geweigerd(Weigering Weigering) : Uitkomst;
}

/// <summary>
/// The perceel's phase machine: one table per procedure (<see cref="Overgangstabel"/>), one set of gates
/// (<see cref="Poorten"/>), and this one method. It runs the same whether a person or a timer asks.
/// </summary>
public static class Fasewissel
{
    public static Uitkomst Vraag(Procedure procedure, Fase huidig, Fase gevraagd, Dossier dossier, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Overgangstabel.IsAfgesloten(huidig))
        {
            return new Uitkomst.Geweigerd(new Weigering.Afgesloten(huidig));
        }
        // Asking for the phase it is already in is refused too: a request never silently does nothing.
        if (huidig == gevraagd)
        {
            return new Uitkomst.Geweigerd(new Weigering.AlInFase(huidig));
        }
        if (!Overgangstabel.Staat(procedure, huidig, gevraagd))
        {
            return new Uitkomst.Geweigerd(new Weigering.OvergangBestaatNiet(huidig, gevraagd));
        }
        return Poorten.Controleer(procedure, huidig, gevraagd, dossier, vandaag) is { } weigering
            ? new Uitkomst.Geweigerd(weigering)
            : new Uitkomst.Toegestaan(gevraagd);
    }
}

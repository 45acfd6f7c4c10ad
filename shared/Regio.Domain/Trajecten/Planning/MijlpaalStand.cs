namespace Regio.Domain.Trajecten.Planning;

/// <summary>Where a milestone stands on a given day. A closed set, so a screen or report handles every case.</summary>
public abstract record MijlpaalStand
{
    private MijlpaalStand(GeplandeMijlpaal mijlpaal) => Mijlpaal = mijlpaal;

    public GeplandeMijlpaal Mijlpaal { get; }

    /// <summary>Not yet happened and not yet late; <paramref name="DagenTeGaan"/> is 0 on the planned day itself.</summary>
    public sealed record Gepland(GeplandeMijlpaal Mijlpaal, int DagenTeGaan) : MijlpaalStand(Mijlpaal);

    /// <summary>The planned date has passed and nobody recorded that it happened: ask for a realisation or a move.</summary>
    public sealed record Verlopen(GeplandeMijlpaal Mijlpaal, int DagenTeLaat) : MijlpaalStand(Mijlpaal);

    /// <summary>
    /// Happened. <paramref name="AfwijkingInDagen"/> is actual minus first planned date: positive is later
    /// than first promised, negative earlier.
    /// </summary>
    public sealed record Gerealiseerd(GeplandeMijlpaal Mijlpaal, int AfwijkingInDagen) : MijlpaalStand(Mijlpaal);
}

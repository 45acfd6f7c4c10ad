namespace Regio.Domain.Trajecten;

/// <summary>A perceel entered <paramref name="Fase"/> on <paramref name="Datum"/>; <paramref name="Bron"/> says how we know.</summary>
public sealed record FaseOvergang(Fase Fase, DateOnly Datum, string Bron);

namespace Regio.Domain.Regios;

public sealed record Gemeente(GemeenteId Id, string Naam, string Subregio);

namespace Regio.Domain.Trajecten;

/// <summary>A dated milestone as the documents give it. Whether it was planned or happened is in its wording.</summary>
public sealed record Mijlpaal(DateOnly Datum, string Omschrijving);

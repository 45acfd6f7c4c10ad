namespace Regio.Functions.Components.Formulieren;

/// <summary>An error, the id of the field it is about (the summary links there) and what to fix.</summary>
public sealed record Fout(string Veld, string Doel, string Melding);

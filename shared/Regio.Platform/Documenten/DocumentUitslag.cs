namespace Regio.Platform.Documenten;

/// <summary>What a receipt needs about an accepted document: its kind, its exact size and its SHA-256.</summary>
/// <param name="Grootte">Size in bytes of what was read from the stream.</param>
/// <param name="Sha256">SHA-256 of exactly those bytes, lowercase hex.</param>
public sealed record DocumentControle(Documentsoort Soort, long Grootte, string Sha256);

/// <summary>The outcome of <see cref="DocumentHerkenning.RecognizeAsync"/>: accepted with its controle, or refused and why.</summary>
public abstract record DocumentUitslag
{
    private DocumentUitslag() { }

    public sealed record Geaccepteerd(DocumentControle Controle) : DocumentUitslag;

    public sealed record Geweigerd(DocumentWeigering Weigering) : DocumentUitslag;

    public static implicit operator DocumentUitslag(DocumentControle controle) => new Geaccepteerd(controle);

    public static implicit operator DocumentUitslag(DocumentWeigering weigering) => new Geweigerd(weigering);
}

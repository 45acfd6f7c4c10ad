using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Functions.Hosting;
using Regio.Platform.Audit;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Inschrijvingen;

/// <summary>
/// The submission moments of a perceel as one reader may see them: the owner gets <c>aantal</c> per moment and never a
/// name or file; an aanbieder its own submission (<c>eigen</c>) and nothing of anyone else's.
/// </summary>
public sealed record InschrijvingenView(string TrajectId, int Perceel, string PerceelNaam, string? Inschrijver, bool MagBeheren, IReadOnlyList<MomentView> Momenten)
{
    public static InschrijvingenView From(Inschrijvingsbeeld b) => new(b.Traject.Id.Value, b.Perceel.Nummer, b.Perceel.Naam, b.Als?.Naam, b.MagBeheren,
        b.Momenten.Select(m => MomentView.From(b.Traject.Id.Value, b.Perceel.Nummer, m)).ToList());

    public static string Pad(string trajectId, int perceel) => $"/api/trajecten/{Uri.EscapeDataString(trajectId)}/percelen/{perceel}/inschrijvingen";
}

/// <summary>One moment. <see cref="Sluiting"/> to the millisecond; <see cref="Termijn"/> says in Dutch time how long it is still open.</summary>
public sealed record MomentView(string Moment, string Omschrijving, IReadOnlyList<string> Documenten, DateTimeOffset Sluiting, string Termijn,
    bool Gesloten, bool Geopend, OpeningView? Opening, int? Aantal, EigenView? Eigen, string? ETag)
{
    public static MomentView From(string trajectId, int perceel, Momentbeeld m) => new(
        Indienmoment.Naam(m.Moment.Soort), Indienmoment.Omschrijving(m.Moment.Soort), m.Moment.Documenten, m.Moment.Sluiting, m.Termijn, m.IsGesloten,
        m.Moment.IsGeopend, m.Moment.Opening is { } o ? OpeningView.From(o) : null, m.Aantal,
        m.Eigen is { } e ? EigenView.From(trajectId, perceel, m.Moment.Soort, e) : null, m.Versie.ToString());
}

public sealed record OpeningView(string GestartDoor, DateTimeOffset GestartOp, string? BevestigdDoor, DateTimeOffset? BevestigdOp)
{
    public static OpeningView From(Opening o) => new(o.GestartDoorNaam, o.GestartOp, o.BevestigdDoorNaam, o.BevestigdOp);
}

/// <summary>The caller's own submission: every version, the last one first; <see cref="Geldend"/> is the one that counts (null: none).</summary>
public sealed record EigenView(string? Geldend, IReadOnlyList<VersieView> Versies)
{
    public static EigenView From(string trajectId, int perceel, Momentsoort soort, Inschrijving i) => new(i.Geldend?.BewijsId,
        i.Versies.Reverse().Select(v => new VersieView(v.Versie, v.BewijsId, v.Tijdstip, v.Door, v.Ingetrokken, v.Bestanden.Count,
            OntvangstbevestigingView.Pad(trajectId, perceel, soort, v.BewijsId))).ToList());
}

public sealed record VersieView(int Versie, string BewijsId, DateTimeOffset Tijdstip, string Door, bool Ingetrokken, int Bestanden, string Ontvangstbevestiging);

/// <summary>The receipt, with links to the same receipt as text and as PDF.</summary>
public sealed record OntvangstbevestigingView(string BewijsId, string TrajectId, int Perceel, string Moment, string Inschrijver, int Versie,
    DateTimeOffset Tijdstip, string TijdstipTekst, string Door, bool Ingetrokken, IReadOnlyList<BestandView> Bestanden, string Tekst, string Pdf)
{
    public static OntvangstbevestigingView From(Ontvangstbevestiging o)
    {
        var pad = Pad(o.TrajectId, o.Perceel, o.Moment, o.BewijsId);
        return new(o.BewijsId, o.TrajectId, o.Perceel, Indienmoment.Naam(o.Moment), o.Inschrijver, o.Versie, o.Tijdstip, Termijntekst.Exact(o.Tijdstip), o.Door,
            o.Ingetrokken, o.Bestanden.Select(BestandView.From).ToList(), pad + "/tekst", pad + "/pdf");
    }

    public static string Pad(string trajectId, int perceel, Momentsoort soort, string bewijsId) =>
        $"{InschrijvingenView.Pad(trajectId, perceel)}/momenten/{Indienmoment.Naam(soort)}/ontvangstbevestigingen/{bewijsId}";
}

public sealed record BestandView(string Document, string Bestandsnaam, long Grootte, string Sha256, string Soort, string UploadId)
{
    public static BestandView From(OntvangenBestand b) => new(b.Document, b.Bestandsnaam, b.Grootte, b.Sha256, b.Soort, b.UploadId);
}

/// <summary>Where to PUT the blocks (Blob Storage's Put Block and Put Block List, with the SAS in the URL) and until when.</summary>
public sealed record UploadmachtigingView(string UploadId, string UploadUrl, DateTimeOffset VerlooptOp, long MaximumBytes, int BlokGrootte);

/// <summary>An opened moment: who opened it when, and per inschrijver the submission that counts with its files.</summary>
public sealed record GeopendView(string Moment, OpeningView Opening, IReadOnlyList<GeopendeInschrijvingView> Inschrijvingen);

public sealed record GeopendeInschrijvingView(string Inschrijver, int Versie, DateTimeOffset Tijdstip, IReadOnlyList<BestandView> Bestanden);

/// <summary>One event of the caller's own submissions.</summary>
public sealed record GebeurtenisView(DateTimeOffset Tijdstip, string Actie, string? Gegevens)
{
    public static GebeurtenisView From(AuditEvent e) => new(e.Tijdstip, e.Actie, e.Na);
}

public sealed record MomentRequest(IReadOnlyList<string>? Documenten, DateTimeOffset? Sluiting);

public sealed record UploadRequest(string? Document, string? Bestandsnaam, long? Grootte, [property: IdVeld] string? UploadId);

public sealed record IndienRequest(IReadOnlyList<IndienBestandRequest>? Bestanden);

public sealed record IndienBestandRequest(string? Document, [property: IdVeld] string? UploadId, string? Bestandsnaam, long? Grootte, string? Sha256);

using System.Globalization;
using Azure.Data.Tables;
using Regio.Domain.Rapportages;
using Regio.Domain.Regios;

namespace Regio.Platform.Rapportages;

/// <summary>The stored file of a final letter: its blob, and the SHA-256 and size it had when it was stored.</summary>
public sealed record RapportageBestand(string BlobNaam, string Sha256, long Grootte);

/// <summary>
/// One row per month in the regio's partition of "rapportages": RowKey "2022-01", the four parts as columns, who
/// generated, last changed and finalised it and when, and for a final letter its document. Readable in Storage Explorer.
/// </summary>
internal static class RapportageRijen
{
    public static TableEntity Rij(Rapportage r, RapportageBestand? bestand)
    {
        var rij = new TableEntity(RapportageStore.PartitionKey(r.Regio), r.Maand.ToString())
        {
            ["Status"] = r.Status.ToString(),
            ["Versie"] = r.Versie,
            ["Aanleiding"] = r.Teksten.Aanleiding,
            ["Kernboodschap"] = r.Teksten.Kernboodschap,
            ["Consequenties"] = r.Teksten.Consequenties,
            ["Vervolg"] = r.Teksten.Vervolg,
            ["GegenereerdDoor"] = r.Gegenereerd.Wie,
            ["GegenereerdOp"] = r.Gegenereerd.Wanneer,
            ["GewijzigdDoor"] = r.LaatstGewijzigd?.Wie,
            ["GewijzigdOp"] = r.LaatstGewijzigd?.Wanneer,
            ["DefinitiefDoor"] = r.Definitief?.Wie,
            ["DefinitiefOp"] = r.Definitief?.Wanneer,
        };
        if (bestand is not null)
        {
            rij["Document"] = bestand.BlobNaam;
            rij["Sha256"] = bestand.Sha256;
            rij["Grootte"] = bestand.Grootte;
        }
        return rij;
    }

    public static RapportageVersie Versie(TableEntity rij, RegioId regio)
    {
        var maand = new Maand(
            int.Parse(rij.RowKey.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(rij.RowKey.AsSpan(5, 2), CultureInfo.InvariantCulture));
        var teksten = new Rapportageteksten(
            rij.GetString("Aanleiding") ?? "", rij.GetString("Kernboodschap") ?? "", rij.GetString("Consequenties") ?? "", rij.GetString("Vervolg") ?? "");
        var rapportage = new Rapportage(regio, maand, teksten, Bewerking(rij, "Gegenereerd")!)
        {
            Versie = rij.GetInt32("Versie") ?? 1,
            LaatstGewijzigd = Bewerking(rij, "Gewijzigd"),
            Definitief = Bewerking(rij, "Definitief"),
        };
        var bestand = rij.GetString("Document") is { } blob
            ? new RapportageBestand(blob, rij.GetString("Sha256") ?? "", rij.GetInt64("Grootte") ?? 0)
            : null;
        return new RapportageVersie(rapportage, Storage.Versie.Enkel(rij.ETag), bestand);
    }

    private static Bewerking? Bewerking(TableEntity rij, string wat) =>
        rij.GetString($"{wat}Door") is { } wie && rij.GetDateTimeOffset($"{wat}Op") is { } wanneer ? new Bewerking(wie, wanneer) : null;
}

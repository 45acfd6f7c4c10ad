namespace Regio.Platform.Toegang;

/// <summary>
/// The one gate every use case passes before it acts: it loads what the action is about, asks the access policy, and
/// writes a refusal to the access log. What comes back is the use case's own result type: the loaded thing, or the
/// refusal the caller hands on with <see cref="Uitkomst{T}.RefusalAs{TAnder}"/>. NietGevonden never says whether the
/// thing exists (DESIGN rule 1).
/// </summary>
public sealed class Toegangspoort(Toegangslog log)
{
    public const string NietZichtbaar = "Niet zichtbaar voor deze gebruiker of bestaat niet";

    /// <param name="onderwerp">What the access log names, e.g. <c>traject:zk-jeugd-2026 vraag stellen</c>.</param>
    /// <param name="laad">Reads the thing; null when it does not exist.</param>
    /// <param name="beslis">The access policy's decision for what was read.</param>
    public Task<Uitkomst<T>> OpenAsync<T>(
        Actor actor, string onderwerp, Func<Task<T?>> laad, Func<T, Besluit> beslis, CancellationToken ct) where T : class =>
        OpenAsync(actor, onderwerp, laad, beslis, (gelezen, _) => gelezen, ct);

    /// <param name="toegelaten">
    /// What the use case goes on with: what was read together with the scope the policy allowed it in (the stores of an
    /// organisation's private data ask for that scope).
    /// </param>
    public async Task<Uitkomst<TResult>> OpenAsync<T, TResult>(
        Actor actor, string onderwerp, Func<Task<T?>> laad, Func<T, Besluit> beslis, Func<T, OrganisatieScope, TResult> toegelaten,
        CancellationToken ct) where T : class
    {
        ArgumentNullException.ThrowIfNull(laad);
        ArgumentNullException.ThrowIfNull(beslis);
        ArgumentNullException.ThrowIfNull(toegelaten);
        var gelezen = await laad().ConfigureAwait(false);
        var besluit = gelezen is null ? new Besluit.NietGevonden() : beslis(gelezen);
        return besluit is Besluit.Toegestaan toegestaan
            ? toegelaten(gelezen!, toegestaan.Scope)
            : await WeigerAsync<TResult>(actor, onderwerp, besluit, ct).ConfigureAwait(false);
    }

    /// <summary>Logs a refusal the caller decided with the policy itself, and answers it.</summary>
    public async Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, string onderwerp, Besluit besluit, CancellationToken ct)
    {
        var reden = besluit is Besluit.Geweigerd geweigerd ? geweigerd.Reden : null;
        await log.LogRefusalAsync(actor, onderwerp, reden ?? NietZichtbaar, ct).ConfigureAwait(false);
        return reden is null ? new Uitkomst<T>.NietGevonden() : new Uitkomst<T>.Geweigerd(reden);
    }
}

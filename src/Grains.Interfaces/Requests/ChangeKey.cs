namespace Orchestrator.Grains.Interfaces.Requests;

/// <summary>
/// A caller's <c>Idempotency-Key</c> as a grain sees it: scoped to the caller (role and token id), as the
/// web host's replay record is, so one caller's key never matches another caller's change.
/// </summary>
/// <param name="Caller">Who sent the change: role and public token id, never the token itself.</param>
/// <param name="Key">The header's value, 1 to 128 visible ASCII characters.</param>
[GenerateSerializer, Immutable]
public sealed record ChangeKey(
    [property: Id(0)] string Caller,
    [property: Id(1)] string Key)
{
    /// <summary>The one string a ledger stores: caller and key together.</summary>
    public string Scoped => $"{Caller}\n{Key}";
}

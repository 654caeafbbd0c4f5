using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Access;

/// <summary>
/// One issued token, keyed by the SHA-256 hash of the token (hex): the token itself is never stored.
/// A single activation answers every host, so a revocation holds at once everywhere.
/// </summary>
public interface IAccessTokenGrain : IGrainWithStringKey
{
    Task Issue(AccessGrant grant);

    [ReadOnly]
    Task<AccessGrant?> Get();

    Task Revoke();
}

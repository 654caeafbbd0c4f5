using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Orchestrator.WebHost.Limits;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Tokens issued before they carried a MAC can only be told apart by a lookup, so what those lookups cost
/// an address is bounded: each failed one (unknown or revoked) spends one of
/// <see cref="RateLimitOptions.UnknownTokensPerMinute"/>, and once they are spent the address's unsigned
/// tokens are refused without a lookup until the minute is over. Only failures count: a venue where
/// hundreds of phones share one public address is never limited by its valid tokens, and signed tokens
/// never go through here at all. An IPv6 address counts by its /64, which one attacker holds whole.
/// </summary>
internal sealed class UnsignedTokenBudget : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public UnsignedTokenBudget(IOptionsMonitor<RateLimitOptions> options) =>
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.CurrentValue.UnknownTokensPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool MayLookUp(IPAddress? address) => _failures.GetStatistics(Key(address))?.CurrentAvailablePermits > 0;

    public void Failed(IPAddress? address) => _failures.AttemptAcquire(Key(address)).Dispose();

    public void Dispose() => _failures.Dispose();

    private static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}

using System.Text;
using Orleans.Storage;

namespace Orchestrator.Silo.Storage.Internal;

/// <summary>
/// The columns that name one grain state in <c>OrleansStorage</c>, computed as Orleans' ADO.NET provider
/// (Microsoft.Orleans.Persistence.AdoNet 10.4) computes them, so that rows it wrote are found and rows
/// written here are found by it: a GUID key splits into N0/N1 (its byte order), an integer key is N1, a
/// key that parses as neither is kept whole as the extension string; the id hash is Orleans' stable hash
/// of the key bytes (with the extension appended) in reverse order, the type hash that of the state
/// name's UTF-8 bytes. A key made of hex digits counts as an integer key there too: "cafe" is N1 51966.
/// </summary>
internal sealed record GrainStorageKey(
    int GrainIdHash,
    long GrainIdN0,
    long GrainIdN1,
    int GrainTypeHash,
    string GrainTypeString,
    string? GrainIdExtensionString,
    string ServiceId)
{
    private static readonly OrleansDefaultHasher Hasher = new();

    public static GrainStorageKey For(string serviceId, string stateName, GrainId grainId)
    {
        // The provider rewrites generic type names (`1[[…]]) before hashing; state names never are any.
        if (stateName.Contains('`', StringComparison.Ordinal))
        {
            throw new ArgumentException($"State name '{stateName}' has a '`': generic type names are not supported as state names.", nameof(stateName));
        }

        long n0 = 0;
        long n1 = 0;
        string? extension;
        byte[] keyBytes;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            keyBytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(keyBytes, 0);
            n1 = BitConverter.ToInt64(keyBytes, 8);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            keyBytes = BitConverter.GetBytes(integer);
            n1 = integer;
        }
        else
        {
            extension = grainId.Key.ToString();
            keyBytes = [];
        }

        byte[] hashed = [.. keyBytes, .. extension is null ? [] : Encoding.UTF8.GetBytes(extension)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashed);
        }

        return new GrainStorageKey(
            Hasher.Hash(hashed), n0, n1, Hasher.Hash(Encoding.UTF8.GetBytes(stateName)), stateName, extension, serviceId);
    }

    /// <summary>The key's query parameters, named as in <c>Sql/sqlite/002-persistence.sql</c>.</summary>
    public IEnumerable<(string Name, object? Value)> Parameters()
    {
        yield return ("@GrainIdHash", GrainIdHash);
        yield return ("@GrainIdN0", GrainIdN0);
        yield return ("@GrainIdN1", GrainIdN1);
        yield return ("@GrainTypeHash", GrainTypeHash);
        yield return ("@GrainTypeString", GrainTypeString);
        yield return ("@GrainIdExtensionString", GrainIdExtensionString);
        yield return ("@ServiceId", ServiceId);
    }
}

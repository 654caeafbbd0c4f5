using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Orleans.Networking.Shared;
using Orleans.Runtime.Messaging;
using Orleans.Serialization;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Failures that say "not now" rather than "never": a silo gone or a gateway changing during a
/// failover, a call that timed out, the store unreachable or busy. Nothing was decided, so an
/// idempotent call may be repeated, and any other call is answered 503 with <c>Retry-After</c>.
/// </summary>
public static class TransientFailure
{
    /// <summary>How long a client should wait before trying again (the <c>Retry-After</c> header).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    // Another writer or the disk, not the request: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;

    /// <summary>Exception types (by full name) that may arrive without their assembly, as an Orleans fallback.</summary>
    private static readonly string[] TransientTypeNames =
    [
        "Npgsql.NpgsqlException",
        "System.Net.Sockets.SocketException",
        "System.TimeoutException",
        "Orleans.Runtime.SiloUnavailableException",
        "Orleans.Runtime.OrleansMessageRejectionException",
        "Orleans.Runtime.GatewayTooBusyException",
        "Orleans.Runtime.Messaging.ConnectionFailedException",
    ];

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (IsTransientItself(e))
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception e) => e switch
    {
        // SiloUnavailableException is one of these: the silo died or the message could not be routed.
        OrleansMessageRejectionException or GatewayTooBusyException or ClientNotAvailableException => true,

        // A gateway or silo that just died, before the client has stopped choosing it.
        ConnectionFailedException or SocketConnectionException => true,
        TimeoutException or SocketException => true,
        // Not a server's answer (PostgresException): the connection itself failed.
        NpgsqlException npgsql => npgsql.IsTransient || npgsql is not PostgresException,
        SqliteException sqlite => sqlite.IsTransient || sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError,
        DbException db => db.IsTransient,
        UnavailableExceptionFallbackException fallback =>
            TransientTypeNames.Any(name => fallback.ExceptionType?.StartsWith(name, StringComparison.Ordinal) == true),
        _ => false,
    };
}

using System.Data.Common;
using Npgsql;
using Orchestrator.Silo.Storage.Internal;

namespace Orchestrator.Silo.Storage;

/// <summary>
/// The ADO.NET invariant names Orleans' providers are given. SQLite goes by "System.Data.SQLite", mapped
/// to (a busy-waiting wrapper of) Microsoft.Data.Sqlite's factory: Orleans knows that name, and the name "Microsoft.Data.Sqlite" crashes it.
/// </summary>
public static class StorageInvariants
{
    public const string Sqlite = "System.Data.SQLite";
    public const string Postgres = "Npgsql";

    public static void Register()
    {
        DbProviderFactories.RegisterFactory(Sqlite, BusyWaitingSqliteFactory.Instance);
        DbProviderFactories.RegisterFactory(Postgres, NpgsqlFactory.Instance);
    }
}

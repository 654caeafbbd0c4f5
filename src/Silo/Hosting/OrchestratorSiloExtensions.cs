using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orchestrator.Grains;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Live;
using Microsoft.Extensions.Options;
using Orchestrator.Silo.Storage;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Orchestrator.Silo.Hosting;

public static class OrchestratorSiloExtensions
{
    /// <summary>
    /// Configures a silo from <c>Orchestrator:*</c>: clustering (localhost, or ADO.NET on PostgreSQL),
    /// grain storage (SQLite or PostgreSQL), reminders, and the schema on start.
    /// </summary>
    public static ISiloBuilder AddOrchestratorSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = ClusterSettings.From(configuration);
        if (cluster.IsPostgres)
        {
            var connectionString = PostgresConnectionString(StorageSettings.From(configuration));
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = StorageInvariants.Postgres;
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = StorageInvariants.Postgres;
                o.ConnectionString = connectionString;
            });
            silo.AddOrchestratorFailureDetection(cluster);
        }
        else
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, null, cluster.ServiceId, cluster.ClusterId);
            silo.UseInMemoryReminderService();
        }

        return silo.AddOrchestratorStorage(configuration);
    }

    /// <summary>
    /// Grain storage (SQLite or PostgreSQL, schema on start) and the grains' services, without
    /// clustering: what a test cluster, which brings its own clustering, adds to its silos.
    /// </summary>
    public static ISiloBuilder AddOrchestratorStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = StorageSettings.From(configuration);
        StorageInvariants.Register();
        // Orleans' own serializer, not the JSON default: state classes are versioned by their [Id]s,
        // and compiler-made collection types (from `[..]` expressions) cannot be named in JSON $type.
        if (storage.IsPostgres)
        {
            silo.AddAdoNetGrainStorage(StorageNames.Orchestrator, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
                options.Configure<Serializer>((o, serializer) =>
                {
                    o.Invariant = StorageInvariants.Postgres;
                    o.ConnectionString = storage.EffectiveConnectionString;
                    o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
                }));
        }
        else
        {
            // The same rows as the ADO.NET provider, but every write of the process to the file goes
            // through one writer that commits whatever is waiting in one transaction (group commit).
            silo.Services.AddGrainStorage(StorageNames.Orchestrator, (services, name) => new SqliteGrainStorage(
                name,
                storage.EffectiveConnectionString,
                services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
                services.GetRequiredService<IActivatorProvider>(),
                services.GetRequiredService<ILoggerFactory>()));
        }

        if (storage.CreateSchema)
        {
            silo.Services.AddSingleton(storage);
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaInstallerLifecycle>();
        }

        silo.Services.AddOrchestratorGrainServices(configuration);
        return silo;
    }

    /// <summary>What grains need from the container, bound from configuration.</summary>
    public static IServiceCollection AddOrchestratorGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section))
            .Validate(o => o.IsValid, $"{HealthOptions.Section}: StaleAfter and ReviewEvery must be positive.")
            .ValidateOnStart();
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.Section))
            .Validate(o => o.IsValid, $"{LiveOptions.Section}: every period and ConnectionSetupsAtOnce must be positive, each time to live longer than its renewal period.")
            .ValidateOnStart();
        services.AddSingleton(EventClock.System);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    internal static string PostgresConnectionString(StorageSettings storage) =>
        storage.IsPostgres
            ? storage.EffectiveConnectionString
            : throw new InvalidOperationException("Orchestrator:Cluster:Mode=postgres needs Orchestrator:Storage:Provider=postgres and its connection string.");
}

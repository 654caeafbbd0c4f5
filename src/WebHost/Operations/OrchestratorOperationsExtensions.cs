using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orchestrator.Silo.Hosting;
using Orchestrator.WebHost.Realtime;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace Orchestrator.WebHost.Operations;

/// <summary>What the people who run the server need: health, metrics and traces, dashboard, OpenAPI, backups, logs.</summary>
public static class OrchestratorOperationsExtensions
{
    public const string OrleansMeter = "Microsoft.Orleans";

    public static WebApplicationBuilder AddOrchestratorOperations(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var settings = OperationsSettings.From(configuration);
        var services = builder.Services;
        services.AddSingleton(settings);

        services.AddSingleton<LiveRegistrationStatus>();
        // Singletons: each keeps its last result for a moment (RecentHealthResult).
        services.AddSingleton<StorageHealthCheck>();
        services.AddSingleton<ClusterHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [HealthResponses.ReadyTag])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [HealthResponses.ReadyTag])
            .AddCheck<LiveRegistrationHealthCheck>("live-registration", tags: [HealthResponses.ReadyTag]);

        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy.Name, AdminPolicy.Build());

        services.AddSingleton<OrchestratorMetrics>();
        services.AddSingleton<DashboardSessions>();

        // Our meter and Orleans' both come from this host's IMeterFactory: listen to this host's instances
        // only (local scope). A listener by name alone (MeterProviderBuilder.AddMeter) takes every host's
        // meter of that name in the process (tests, a bench): their streams mix, and when one host stops
        // the others lose those metrics from their scrape.
        foreach (var meter in new[] { OrchestratorMetrics.MeterName, OrleansMeter })
        {
            builder.Metrics.EnableMetrics(meter, instrumentName: null, listenerName: null, scopes: MeterScope.Local);
        }

        services.AddSingleton<LiveMetricsHubFilter>();
        services.Configure<HubOptions>(o => o.AddFilter<LiveMetricsHubFilter>());
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("orchestrator"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (settings.Tracing)
        {
            telemetry.WithTracing(t => t
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.TraceSampleRatio)))
                .AddAspNetCoreInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"));
        }

        if (settings.ExportOtlp)
        {
            telemetry.UseOtlpExporter();
        }

        // The dashboard's grain-call profiler only counts while someone has the dashboard open (and a
        // minute after): until then its filter costs each call a flag check.
        if (ClusterSettings.From(configuration).CoHostSilo)
        {
            builder.UseOrleans(silo =>
            {
                if (settings.Tracing)
                {
                    silo.AddActivityPropagation();
                }

                silo.AddDashboard();
            });
        }
        else
        {
            builder.UseOrleansClient(client =>
            {
                if (settings.Tracing)
                {
                    client.AddActivityPropagation();
                }

                client.AddDashboard();
            });
        }

        services.AddOpenApi(o => o.AddOperationTransformer<ProblemResponsesTransformer>());

        if (settings.JsonLogs)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return builder;
    }

    public static WebApplication MapOrchestratorOperations(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<OperationsSettings>();
        app.UseMiddleware<UpdatesAcceptedMiddleware>();

        app.MapHealthChecks("/health/live", HealthResponses.Live());
        app.MapHealthChecks("/health/ready", HealthResponses.Ready());

        var metrics = app.MapPrometheusScrapingEndpoint("/metrics");
        if (!settings.MetricsPublic)
        {
            metrics.RequireAuthorization(AdminPolicy.Name);
        }

        app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(AdminPolicy.Name);

        app.MapOpenApi();
        app.MapScalarApiReference();

        return app;
    }
}

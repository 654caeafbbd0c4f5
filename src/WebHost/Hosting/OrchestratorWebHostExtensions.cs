using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Silo.Hosting;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Audit;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Demo;
using Orchestrator.WebHost.Errors;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Idempotency;
using Orchestrator.WebHost.Limits;
using Orchestrator.WebHost.Operations;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Hosting;

public static class OrchestratorWebHostExtensions
{
    /// <summary>Largest request body the API accepts (a CSV import included).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddOrchestrator(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        AdminTokenBootstrap.Ensure(configuration);
        var cluster = ClusterSettings.From(configuration);
        if (cluster.CoHostSilo)
        {
            builder.UseOrleans(silo => silo.AddOrchestratorSilo(configuration));
        }
        else
        {
            builder.UseOrleansClient(client => client.AddOrchestratorClient(configuration));
            builder.Services.AddOrchestratorGrainServices(configuration);
        }

        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBodyBytes);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => o.TokenSecret is { Length: >= AuthOptions.TokenSecretMinLength }, $"Orchestrator:TokenSecret must be at least {AuthOptions.TokenSecretMinLength} characters.")
            .ValidateOnStart();
        services.AddSingleton<TokenMac>();
        services.AddSingleton<UnsignedTokenBudget>();
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddSingleton<TokenIssuer>();
        services.AddOrchestratorRateLimits(configuration);

        services.AddLiveHub();
        services.AddSingleton<HubLiveObserver>();
        services.AddSingleton<ILiveObserver>(sp => sp.GetRequiredService<HubLiveObserver>());
        services.AddSingleton<LiveRenewalSignal>();
        services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<LiveRenewalSignal>());
        services.AddHostedService<LiveHostRegistration>();
        services.AddHostedService<LiveShutdown>();
        services.AddSingleton<LiveAudience>();
        services.AddHostedService<LiveHeartbeatService>();
        services.AddSingleton<TeamPresence>();
        services.AddHostedService<TeamPresenceRenewal>();

        services.AddOptions<DemoSettings>().Bind(configuration.GetSection(DemoSettings.Section))
            .Validate(o => o.IsValid, $"{DemoSettings.Section}:Speed must be between 1 and 1000000.")
            .ValidateOnStart();
        services.AddHostedService<DemoLoader>();
        services.AddHostedService<DemoReplay>();
        services.AddHostedService<StartupNotice>();
        builder.AddOrchestratorOperations();

        // Last: nothing registered after may bring routing's content-type policy back.
        services.CheckRightsBeforeContentType();
        return builder;
    }

    public static WebApplication MapOrchestrator(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseMiddleware<LiveSetupThrottle>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<RightsMiddleware>();
        app.UseMiddleware<Utf8JsonBodyMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UseMiddleware<LiveConnectionLimit>();

        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        // Admin-only unless a route declares its own right: a route that forgets to is closed, not open.
        app.MapGroup("/api").RequireAuthorization().RequireRight(Right.Admin).AddEndpointFilter<AuditFilter>().AddEndpointFilter<TransientRetryFilter>()
            .MapCallerApi().MapEditionsApi().MapMissionsApi().MapScheduleApi().MapAccessApi().MapAuditApi().MapQrCodeApi()
            .MapRevealApi().MapImportApi().MapBackupApi().MapDashboardSessionApi().MapVoteApi().MapGuestsApi()
            .MapSurveyApi().MapSurveyResponsesApi().MapImpactApi().MapHistoryApi();
        app.MapHub<LiveHub>(LiveHubServices.Path);
        Pages.PagesEndpoints.MapPages(app);
        app.MapOrchestratorOperations();
        return app;
    }
}

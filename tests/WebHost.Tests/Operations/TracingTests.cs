using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Orchestrator.WebHost.Operations;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>
/// Spans cost CPU on every request and grain call: they are recorded when they can leave (an OTLP
/// endpoint) or when asked (<c>Orchestrator:Tracing:Enabled</c>), and then the grain calls of a request
/// carry its trace id; otherwise Orleans creates none.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class TracingTests(ServerFixture fixture)
{
    private const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "http://127.0.0.1:4317", true)]
    [InlineData("false", "http://127.0.0.1:4317", false)]
    [InlineData("true", null, true)]
    public void Tracing_IsOnWithAnExporter_OrWhenAsked(string? enabled, string? otlpEndpoint, bool expected)
    {
        var settings = OperationsSettings.From(Configuration(new()
        {
            [OperationsSettings.TracingEnabledKey] = enabled,
            [OperationsSettings.OtlpEndpointKey] = otlpEndpoint,
        }));

        Assert.Equal(expected, settings.Tracing);
        Assert.Equal(1, settings.TraceSampleRatio);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void TraceSampleRatio_OutsideZeroToOne_IsRefusedAtStart(string ratio)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => OperationsSettings.From(Configuration(new() { [OperationsSettings.TraceSampleRatioKey] = ratio })));

        Assert.Contains(OperationsSettings.TraceSampleRatioKey, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoExporter_ARequestsGrainCallsStartNoOrleansActivity()
    {
        using var orleans = new OrleansActivities();

        var traceId = await CreateEditionTraced(fixture.Server);

        Assert.DoesNotContain(traceId, orleans.TraceIds);
    }

    [Fact]
    public async Task TracingEnabled_ARequestsGrainCallsCarryItsTraceId()
    {
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?> { [OperationsSettings.TracingEnabledKey] = "true" });
        using var orleans = new OrleansActivities();

        var traceId = await CreateEditionTraced(server);

        Assert.Contains(traceId, orleans.TraceIds);
    }

    /// <summary>Creates an edition (a grain call) under a fresh trace id, returned; the grain calls have started once it answers.</summary>
    private static async Task<string> CreateEditionTraced(OrchestratorServer server)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var admin = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = JsonContent.Create(ApiCalls.Edition(ApiCalls.NewId("traced"))) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        await ApiCalls.Json(await admin.SendAsync(request), 201);
        return traceId;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>The trace ids of the Orleans grain-call activities started in this process while it listens.</summary>
    private sealed class OrleansActivities : IDisposable
    {
        private readonly ActivityListener _listener;

        public OrleansActivities()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == OrleansApplicationSource,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStarted = activity => TraceIds.Add(activity.TraceId.ToHexString()),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ConcurrentBag<string> TraceIds { get; } = [];

        public void Dispose() => _listener.Dispose();
    }
}

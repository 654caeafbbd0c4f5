using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>One host for the operations tests that only read it (metrics, dashboard, OpenAPI).</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "operations";
}

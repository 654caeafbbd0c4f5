namespace Orchestrator.WebHost.Tests.Live;

[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveServerFixture>
{
    public const string Name = "live";
}

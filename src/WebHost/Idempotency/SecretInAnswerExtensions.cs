namespace Orchestrator.WebHost.Idempotency;

public static class SecretInAnswerExtensions
{
    /// <summary>Marks a route whose answer carries a token (see <see cref="SecretInAnswer"/>).</summary>
    public static RouteHandlerBuilder WithSecretInAnswer(this RouteHandlerBuilder route) =>
        route.WithMetadata(SecretInAnswer.Instance);

    /// <summary>Marks a POST that changes nothing: see <see cref="NotReplayed"/>.</summary>
    public static RouteHandlerBuilder NotReplayed(this RouteHandlerBuilder route) =>
        route.WithMetadata(Idempotency.NotReplayed.Instance);
}

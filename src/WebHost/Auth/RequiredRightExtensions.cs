namespace Orchestrator.WebHost.Auth;

public static class RequiredRightExtensions
{
    public const string DefaultRefusal = "This token does not allow that.";

    /// <summary>Declares the right a route (or every route of a group) requires; <see cref="RightsMiddleware"/> checks it.</summary>
    public static TBuilder RequireRight<TBuilder>(this TBuilder builder, Right right, string refusal = DefaultRefusal)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredRight(right, refusal));
}

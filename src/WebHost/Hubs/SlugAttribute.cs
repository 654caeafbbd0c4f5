namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// A hub method's argument that is an id: <see cref="LiveHubInputFilter"/> refuses anything but a slug
/// before the method runs. A nullable parameter may be <c>null</c> ("nobody in particular").
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class SlugAttribute : Attribute;

using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>A route that takes a JSON body: a valid body and the fields the corpus breaks one at a time.</summary>
public sealed record BodyRoute(string Method, string Target, Func<JsonObject> ValidBody, IReadOnlyList<BodyField> Fields);

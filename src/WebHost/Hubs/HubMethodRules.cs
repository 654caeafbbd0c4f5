using System.Reflection;
using System.Security.Claims;
using Orchestrator.WebHost.Api;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The input checks of one hub method, read once from its <see cref="SlugAttribute"/> parameters and its
/// <see cref="WatchesAttribute"/>: ids first, in parameter order, then the caller's rights.
/// </summary>
internal sealed class HubMethodRules
{
    private readonly SlugParameter[] _slugs;
    private readonly LiveScope? _scope;
    private readonly int _edition;
    private readonly int _mission;

    private HubMethodRules(SlugParameter[] slugs, LiveScope? scope, int edition, int mission)
    {
        _slugs = slugs;
        _scope = scope;
        _edition = edition;
        _mission = mission;
    }

    public static HubMethodRules Of(MethodInfo method)
    {
        // One context per call: NullabilityInfoContext is not thread-safe, and a room of screens joining a
        // fresh host at once reads the rules of JoinEdition on many threads (a shared one threw there).
        var nullability = new NullabilityInfoContext();
        var parameters = method.GetParameters();
        var slugs = parameters
            .Where(p => p.IsDefined(typeof(SlugAttribute)))
            .Select(p => new SlugParameter(p.Position, p.Name!, nullability.Create(p).ReadState == NullabilityState.Nullable))
            .ToArray();
        var scope = method.GetCustomAttribute<WatchesAttribute>()?.Scope;
        var edition = scope is null ? -1 : Position(method, parameters, "editionId");
        var mission = scope is LiveScope.Mission ? Position(method, parameters, "missionId") : -1;
        return new HubMethodRules(slugs, scope, edition, mission);
    }

    /// <summary>Why the call is refused (the <c>HubException</c>'s message), or <c>null</c> when it may run.</summary>
    public string? Refusal(IReadOnlyList<object?> arguments, ClaimsPrincipal user)
    {
        foreach (var slug in _slugs)
        {
            var value = arguments[slug.Position] as string;
            if (!(value is null && slug.Optional) && !InputRules.IsSlug(value))
            {
                return $"{slug.Name} must be a slug: a-z, 0-9 and '-'.";
            }
        }

        return _scope switch
        {
            LiveScope.Edition when !Caller.From(user).CanReadEdition((string)arguments[_edition]!) =>
                "This token may not watch that edition.",
            LiveScope.Mission when !Caller.From(user).CanReadMission((string)arguments[_edition]!, (string)arguments[_mission]!) =>
                "This token may not watch that mission.",
            _ => null,
        };
    }

    private static int Position(MethodInfo method, ParameterInfo[] parameters, string name) =>
        parameters.FirstOrDefault(p => p.Name == name && p.IsDefined(typeof(SlugAttribute)))?.Position
        ?? throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} is [Watches] but has no [Slug] parameter '{name}'.");

    private readonly record struct SlugParameter(int Position, string Name, bool Optional);
}

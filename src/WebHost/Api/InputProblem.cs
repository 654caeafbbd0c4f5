using System.Globalization;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// One problem found by <see cref="InputRules"/>: a stable <see cref="Code"/> and its parameters, so a
/// page can say it in its own language, and the English <see cref="Message"/> for everyone else.
/// </summary>
public sealed record InputProblem(string Field, string Code, IReadOnlyDictionary<string, string> Parameters, string Message)
{
    /// <summary>Parameters as the wire carries them: text, numbers written the invariant way.</summary>
    public static Dictionary<string, string> Values(params (string Name, object Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);
}

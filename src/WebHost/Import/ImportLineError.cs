using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Import;

/// <summary>One problem of a CSV import, on a line of the file (1 is the header), in a column when known.</summary>
/// <param name="Code">Stable, for pages that say it in their language (docs/csv-import.md lists them).</param>
/// <param name="Parameters">What the code's text needs (a column, a count…); <see cref="Message"/> says it in English.</param>
public sealed record ImportLineError(int Line, string? Column, string Message, string Code, IReadOnlyDictionary<string, string> Parameters)
{
    public static ImportLineError Of(int line, string? column, string message, string code, params (string Name, object Value)[] parameters) =>
        new(line, column, message, code, InputProblem.Values(parameters));
}

using System.Text.RegularExpressions;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// Checks on what callers send, collected per field so one answer lists every problem.
/// Names and titles end up on the big screen, so markup in them is refused outright; free text
/// (notes, messages) may contain anything and is always shown as text.
/// </summary>
public sealed partial class InputRules
{
    public const int IdMax = 64;
    public const int TitleMax = 120;
    public const int NameMax = 80;
    public const int TextMax = 1000;
    public const int LinkMax = 500;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<InputProblem> _problems = [];

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The same problems as <see cref="Errors"/>, each with its code (see docs/csv-import.md), in the order found.</summary>
    public IReadOnlyList<InputProblem> Problems => _problems;

    public static bool IsSlug(string? value) => value is not null && SlugPattern().IsMatch(value);

    public static bool IsHttpLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '"');

    public InputRules Slug(string field, string? value)
    {
        if (!IsSlug(value))
        {
            Add(field, $"'{field}' must be 1 to {IdMax} characters among a-z, 0-9 and '-'.", "slug", ("max", IdMax));
        }

        return this;
    }

    /// <summary>A required name or title shown to an audience: no markup, no control characters.</summary>
    public InputRules Label(string field, string? value, int max = TitleMax, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"'{field}' is required.", "required");
            }

            return this;
        }

        if (value.Length > max)
        {
            Add(field, $"'{field}' is longer than {max} characters.", "tooLong", ("max", max));
        }

        if (MarkupPattern().IsMatch(value))
        {
            Add(field, $"'{field}' must be plain text: markup such as '<tag>' is not accepted.", "markup");
        }

        if (value.Any(char.IsControl))
        {
            Add(field, $"'{field}' must not contain control characters.", "control");
        }

        return this;
    }

    /// <summary>Free text (a note, a message): any characters, shown as text, bounded in length.</summary>
    public InputRules Text(string field, string? value, int max = TextMax, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"'{field}' is required.", "required");
            }
        }
        else if (value.Length > max)
        {
            Add(field, $"'{field}' is longer than {max} characters.", "tooLong", ("max", max));
        }

        return this;
    }

    /// <summary>An optional absolute http(s) link: anything else (javascript:, data:, relative) could run or mislead when clicked.</summary>
    public InputRules Link(string field, string? value, int max = LinkMax)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        if (value.Length > max)
        {
            Add(field, $"'{field}' is longer than {max} characters.", "tooLong", ("max", max));
        }
        else if (!IsHttpLink(value.Trim()))
        {
            Add(field, $"'{field}' must be an absolute http:// or https:// address.", "link");
        }

        return this;
    }

    /// <param name="code">The problem's stable code for pages that translate it; <c>invalid</c> when none is given.</param>
    public InputRules Require(bool condition, string field, string message, string code = "invalid")
    {
        if (!condition)
        {
            Add(field, message, code);
        }

        return this;
    }

    public void Add(string field, string message) => Add(field, message, "invalid");

    /// <param name="parameters">Besides the field (always given as <c>field</c>): what the code's text needs.</param>
    public void Add(string field, string message, string code, params (string Name, object Value)[] parameters)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        _problems.Add(new InputProblem(field, code, InputProblem.Values([("field", field), .. parameters]), message));
    }

    // \z, not $: in .NET '$' also matches before a final newline, so "e2\n" would pass.
    [GeneratedRegex(@"^[a-z0-9-]{1,64}\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]")]
    private static partial Regex MarkupPattern();
}

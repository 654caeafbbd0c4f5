using System.Text.Json;

namespace Orchestrator.WebHost.Api;

/// <summary>Enum values on the wire are kebab-case: <c>in-progress</c>, <c>at-risk</c>.</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(" | ", Enum.GetValues<TEnum>().Select(Of));
}

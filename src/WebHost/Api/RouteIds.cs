using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// The ids in a route's path, checked in one place by their name: <c>{date}</c> is a day as yyyy-MM-dd,
/// every other parameter (<c>{editionId}</c>, <c>{missionId}</c>, <c>{memberId}</c>…) a slug.
/// </summary>
public static class RouteIds
{
    public const string Date = "date";
    public const string DateFormat = "yyyy-MM-dd";

    public static InputRules Check(RoutePattern pattern, RouteValueDictionary values)
    {
        var rules = new InputRules();
        foreach (var parameter in pattern.Parameters)
        {
            var value = values[parameter.Name] as string;
            if (parameter.Name == Date)
            {
                rules.Require(TryParseDate(value, out _), Date, $"'{Date}' must be a date as {DateFormat}.");
            }
            else
            {
                rules.Slug(parameter.Name, value);
            }
        }

        return rules;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

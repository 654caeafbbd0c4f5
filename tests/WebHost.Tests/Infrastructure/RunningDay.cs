using System.Globalization;
using System.Net.Http.Json;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// An edition whose one day is today, with a phase running now ("atelier", an hour either side of now)
/// and one after it ("restitution"): what the run of show and the countdowns need. The edition's time
/// zone is one where it is daytime now, so neither phase crosses midnight whenever the test runs.
/// </summary>
public sealed record RunningDay(string EditionId, string Date, string TimeZone)
{
    private static readonly string[] Zones = ["Europe/Paris", "Asia/Tokyo", "America/New_York"];

    public string DayUrl => $"/api/editions/{EditionId}/days/{Date}";

    public static async Task<RunningDay> Create(HttpClient admin, string? editionId = null)
    {
        editionId ??= ApiCalls.NewId("factory");
        var now = DateTimeOffset.UtcNow;
        var (zone, local) = Zones
            .Select(id => (Id: id, Local: TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(id))))
            .First(z => z.Local.Hour is >= 3 and < 19);
        var date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ApiCalls.Json(await admin.PostAsJsonAsync("/api/editions", new
        {
            id = editionId,
            title = "Probono Factory du jour",
            territory = "Paris La Défense",
            format = "factory",
            timezone = zone,
            days = new[] { new { date, label = "Jour 1", start = "00:00", end = "23:59" } },
        }), 201);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
        var phases = new[]
        {
            new { id = "atelier", label = "Atelier", start = Hm(clock.AddHours(-1)), end = Hm(clock.AddHours(1)) },
            new { id = "restitution", label = "Restitution", start = Hm(clock.AddHours(1)), end = Hm(clock.AddHours(3)) },
        };
        var day = new RunningDay(editionId, date, zone);
        await ApiCalls.Json(await admin.PutAsJsonAsync($"{day.DayUrl}/schedule", new { phases }), 200);
        return day;
    }
}

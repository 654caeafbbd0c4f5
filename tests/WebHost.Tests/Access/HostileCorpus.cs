using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Access;

/// <summary>
/// Builds the hostile corpus against one <see cref="AccessWorld"/>: broken JSON, wrong types, over-long
/// fields, markup in names, an over-size body, unknown ids, path tricks, wrong content types and methods,
/// bad idempotency keys and forged tokens. Every request is built to be refused.
/// </summary>
public static class HostileCorpus
{
    private const int OverBodyLimit = (1024 * 1024) + 4096;

    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Le Drenche</title><svg/onload=alert(1)>",
        "<!-- hidden -->",
        "< iframe src=javascript:alert(1)>",
    ];

    private static readonly string[] ControlCharacters = ["a\u0000b", "red\u001b[31m", "two\nlines"];

    private static readonly string[] NotSlugs = ["Drenche", "le drenche", "édition", "../x", "a/b", "<b>", "a;b", "", "slug\n", "slug\r\n", "sl\nug", "slug\t", "slug\u0000", "slug\u001b", "slug\u0085"];

    private static readonly (string Label, string Encoded)[] EncodedControls =
    [
        ("trailing newline", "%0A"), ("trailing CRLF", "%0D%0A"), ("trailing tab", "%09"), ("trailing escape", "%1B"),
        ("trailing DEL", "%7F"), ("trailing NEL", "%C2%85"), ("inside", "%0A"),
    ];

    private static readonly string[] BrokenJson =
    [
        "", "{", "{\"", "[]", "\"text\"", "42", "null", "{}", "{\"a\":}", "{} trailing", "{\"x\":1,}", "/* c */ {}",
    ];

    public static IReadOnlyList<HostileRequest> For(AccessWorld w)
    {
        var routes = BodyRoutes(w);
        var corpus = new List<HostileRequest>();
        foreach (var route in routes)
        {
            foreach (var json in BrokenJson)
            {
                corpus.Add(Request($"broken JSON {Show(json)}", route, Encoding.UTF8.GetBytes(json)));
            }

            corpus.Add(Request("deeply nested JSON", route, Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000))));
            corpus.Add(Request("invalid UTF-8", route, [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
            corpus.Add(Request("body over 1 MiB", route, Body(route, "huge", new string('x', OverBodyLimit))));
            corpus.Add(Request("chunked body over 1 MiB", route, Chunked(Body(route, "huge", new string('x', OverBodyLimit))), ("Transfer-Encoding", "chunked")));
            foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
            {
                corpus.Add(Request($"content type {contentType}", route, Valid(route), ("Content-Type", contentType)));
            }

            corpus.Add(Request("no content type", route, Valid(route), ("Content-Type", "")));
            corpus.Add(Request("forged token", route, Valid(route), ("Authorization", "Bearer forged-token-0123456789abcdef")));
            corpus.Add(Request("over-long token", route, Valid(route), ("Authorization", "Bearer " + new string('t', 300))));
            corpus.Add(Request("empty bearer", route, Valid(route), ("Authorization", "Bearer ")));
            corpus.Add(Request("basic auth", route, Valid(route), ("Authorization", "Basic YWRtaW46YWRtaW4=")));
            corpus.Add(Request("viewer token", route, Valid(route), ("Authorization", $"Bearer {w.ViewerToken}")));
            foreach (var field in route.Fields)
            {
                foreach (var (label, value) in Breakages(field))
                {
                    corpus.Add(Request($"{field.Path} {label}", route, Body(route, field.Path, value)));
                }
            }
        }

        foreach (var route in routes.Where(r => r.Target.Contains("/missions/", StringComparison.Ordinal)))
        {
            foreach (var key in new[] { "a b", "a\tb", new string('k', 129), new string('k', 1000) })
            {
                corpus.Add(Request($"Idempotency-Key {Show(key)}", route, Valid(route), ("Idempotency-Key", key)));
            }
        }

        corpus.AddRange(UnknownIds(w));
        corpus.AddRange(PathTricks(w));
        corpus.AddRange(WrongMethods(w));
        corpus.AddRange(Semantics(w));
        corpus.AddRange(ImportAndReveal(w));
        corpus.AddRange(IdsWithControlCharacters(w));
        corpus.AddRange(ForgedTokensOnEveryRoute(w));
        return corpus;
    }

    /// <summary>Every route of <see cref="RouteCatalog"/>, each id in its path ending in (or holding) a control character or line end.</summary>
    private static IEnumerable<HostileRequest> IdsWithControlCharacters(AccessWorld w)
    {
        foreach (var route in RouteCatalog.For(w))
        {
            var (path, headers, body) = Parts(route.Request(ApiCalls.NewId("corpus")));
            var query = path.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? path[q..] : "";
            var segments = path[..(path.Length - query.Length)].Split('/');
            var pattern = route.Pattern.Split('/');
            for (var i = 0; i < segments.Length && i < pattern.Length; i++)
            {
                if (!pattern[i].StartsWith('{'))
                {
                    continue;
                }

                foreach (var (label, bad) in EncodedControls)
                {
                    var broken = segments.ToArray();
                    broken[i] = label == "inside" ? broken[i].Insert(1, bad) : broken[i] + bad;
                    yield return new HostileRequest($"{route.Name}: {pattern[i]} with {label} {bad}", route.Method, string.Join('/', broken) + query, headers, body);
                }
            }
        }
    }

    /// <summary>Every route with a token the server never issued: the signed shape with a wrong MAC, and a real token's random part re-signed wrongly.</summary>
    private static IEnumerable<HostileRequest> ForgedTokensOnEveryRoute(AccessWorld w)
    {
        foreach (var route in RouteCatalog.For(w))
        {
            var (path, headers, body) = Parts(route.Request(ApiCalls.NewId("corpus")));
            foreach (var (label, token) in new[]
            {
                ("forged MAC", $"{RandomPart()}.{RandomPart()[..22]}"),
                ("real token, forged MAC", $"{w.LeadToken[..43]}.{RandomPart()[..22]}"),
            })
            {
                var forged = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) { ["Authorization"] = $"Bearer {token}" };
                yield return new HostileRequest($"{route.Name}: {label}", route.Method, path, forged, body);
            }
        }
    }

    private static (string Path, Dictionary<string, string> Headers, byte[]? Body) Parts(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = $"Bearer {OrchestratorServer.AdminToken}" };
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["Content-Type"] = contentType.ToString();
        }

        var body = request.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return (request.RequestUri!.OriginalString, headers, body);
    }

    private static string RandomPart() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IReadOnlyList<BodyRoute> BodyRoutes(AccessWorld w) =>
    [
        new("POST", "/api/editions", () => (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiCalls.Edition(ApiCalls.NewId("corpus"))))!,
        [
            new("id", FieldKind.Slug), new("title", FieldKind.Label, 120), new("territory", FieldKind.Label, 80),
            new("format", FieldKind.Choice), new("timezone", FieldKind.Choice), new("days", FieldKind.List),
            new("days[0]", FieldKind.Object), new("days[0].date", FieldKind.Date), new("days[0].label", FieldKind.Label, 80),
        ]),
        new("POST", $"/api/editions/{w.EditionId}/missions", () => new JsonObject
        {
            ["id"] = "corpus-mission",
            ["title"] = "Plaquette commerciale",
            ["association"] = new JsonObject { ["id"] = "auxilia", ["name"] = "Auxilia", ["cause"] = "Insertion" },
            ["lead"] = new JsonObject { ["name"] = "Pauline" },
            ["milestones"] = new JsonArray(new JsonObject { ["id"] = "framing", ["label"] = "Cadrage" }),
        },
        [
            new("id", FieldKind.Slug), new("title", FieldKind.Label, 120), new("association", FieldKind.Object),
            new("association.id", FieldKind.Slug), new("association.name", FieldKind.Label, 120), new("association.cause", FieldKind.OptionalLabel, 120),
            new("lead", FieldKind.Object), new("lead.name", FieldKind.Label, 80), new("milestones", FieldKind.List),
            new("milestones[0].id", FieldKind.Slug), new("milestones[0].label", FieldKind.Label, 120),
        ]),
        new("POST", $"{w.MissionUrl}/members", () => new JsonObject { ["name"] = "Jihane", ["company"] = "Mazars", ["remote"] = true },
        [new("name", FieldKind.Label, 80), new("company", FieldKind.Label, 80), new("remote", FieldKind.Flag)]),
        new("PUT", $"{w.MissionUrl}/milestones/framing", () => new JsonObject { ["status"] = "done", ["note"] = "Cadrage validé" },
        [new("status", FieldKind.Choice), new("note", FieldKind.OptionalText, 1000)]),
        new("POST", $"{w.MissionUrl}/help-requests", () => new JsonObject { ["skill"] = "finance", ["message"] = "Besoin d'un expert" },
        [new("skill", FieldKind.Label, 80), new("message", FieldKind.Text, 1000)]),
        new("PUT", $"{w.MissionUrl}/help-requests/{w.HelpRequestId}", () => new JsonObject { ["status"] = "resolved" },
        [new("status", FieldKind.Choice)]),
        new("POST", $"{w.MissionUrl}/deliverables", () => new JsonObject { ["title"] = "Plaquette commerciale", ["link"] = "https://example.org/plaquette.pdf" },
        [new("title", FieldKind.Label, 120), new("link", FieldKind.OptionalLink, 500)]),
        new("PUT", $"{w.MissionUrl}/members/{w.MemberId}/check-in", () => new JsonObject { ["checkedIn"] = true },
        [new("checkedIn", FieldKind.Flag)]),
        new("POST", $"/api/editions/{w.EditionId}/announcements", () => new JsonObject { ["message"] = "Restitutions dans 15 minutes" },
        [new("message", FieldKind.Text, 500)]),
        new("POST", $"/api/editions/{w.EditionId}/reveal", () => new JsonObject { ["missionId"] = w.MissionId },
        [new("missionId", FieldKind.Slug)]),
    ];

    private static IEnumerable<(string Label, JsonNode? Value)> Breakages(BodyField field)
    {
        var isText = field.Kind is FieldKind.Slug or FieldKind.Label or FieldKind.OptionalLabel or FieldKind.Text or FieldKind.OptionalText or FieldKind.Choice or FieldKind.Date or FieldKind.OptionalLink;
        if (isText)
        {
            yield return ("as a number", 42);
            yield return ("as true", true);
            yield return ("as a list", new JsonArray("a"));
            yield return ("as an object", new JsonObject { ["a"] = "b" });
        }

        if (field.Kind is FieldKind.Slug or FieldKind.Label or FieldKind.Text or FieldKind.Choice or FieldKind.Date or FieldKind.Object)
        {
            yield return ("missing (null)", null);
        }

        switch (field.Kind)
        {
            case FieldKind.Slug:
                yield return ("65 characters", new string('a', 65));
                foreach (var bad in NotSlugs.Concat(Markup.Take(2)))
                {
                    yield return ($"not a slug {Show(bad)}", bad);
                }

                break;
            case FieldKind.Label or FieldKind.OptionalLabel:
                yield return ($"{field.Max + 1} characters", new string('a', field.Max + 1));
                yield return ("100,000 characters", new string('a', 100_000));
                foreach (var bad in Markup.Concat(ControlCharacters))
                {
                    yield return ($"with {Show(bad)}", bad);
                }

                break;
            case FieldKind.Text or FieldKind.OptionalText:
                yield return ($"{field.Max + 1} characters", new string('a', field.Max + 1));
                yield return ("100,000 characters of markup", string.Concat(Enumerable.Repeat("<script>alert(1)</script>", 4000)));
                if (field.Kind == FieldKind.Text)
                {
                    yield return ("blank", "   ");
                }

                break;
            case FieldKind.Choice:
                foreach (var bad in new[] { "DONE", "done ", "", "finished", "<b>done</b>", "Mars/Olympus", "../../etc/passwd" })
                {
                    yield return ($"unknown choice {Show(bad)}", bad);
                }

                break;
            case FieldKind.Date:
                foreach (var bad in new[] { "2018-13-01", "14/11/2018", "", "2018-11-14T00:00:00Z", "2018-02-30" })
                {
                    yield return ($"not a date {Show(bad)}", bad);
                }

                break;
            case FieldKind.OptionalLink:
                yield return ($"{field.Max + 1} characters", "https://example.org/" + new string('a', field.Max - 19));
                foreach (var bad in new[]
                {
                    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                    "ftp://example.org/x", "file:///etc/passwd", "/relative", "//example.org/x", "example.org", "https://", "https://exa mple.org",
                    "https://example.org/\"><script>alert(1)</script>", "http://example.org/\u0000",
                })
                {
                    yield return ($"not an http(s) link {Show(bad)}", bad);
                }

                break;
            case FieldKind.Flag:
                yield return ("as text", "yes");
                yield return ("as a number", 1);
                yield return ("as a list", new JsonArray(true));
                break;
            case FieldKind.List:
                yield return ("as text", "x");
                yield return ("as an object", new JsonObject());
                yield return ("as a number", 5);
                break;
            case FieldKind.Object:
                yield return ("as text", "x");
                yield return ("as a list", new JsonArray());
                yield return ("as a number", 5);
                break;
        }
    }

    private static IEnumerable<HostileRequest> UnknownIds(AccessWorld w)
    {
        var e = w.EditionId;
        var nowhere = "nowhere-" + Guid.NewGuid().ToString("n")[..8];
        yield return Get("unknown edition", $"/api/editions/{nowhere}");
        yield return Get("unknown edition results", $"/api/editions/{nowhere}/results");
        yield return Get("unknown mission", $"/api/editions/{e}/missions/{nowhere}");
        yield return Get("mission of an unknown edition", $"/api/editions/{nowhere}/missions/{w.MissionId}");
        yield return Send("viewer token for an unknown edition", "POST", $"/api/editions/{nowhere}/viewer-tokens", null);
        yield return Send("team token for an unknown mission", "POST", $"/api/editions/{e}/missions/{nowhere}/team-tokens", null);
        yield return Json("member of an unknown mission", "POST", $"/api/editions/{e}/missions/{nowhere}/members", new JsonObject { ["name"] = "A", ["company"] = "B" });
        yield return Json("help for an unknown mission", "POST", $"/api/editions/{e}/missions/{nowhere}/help-requests", new JsonObject { ["skill"] = "a", ["message"] = "b" });
        yield return Json("milestone of an unknown mission", "PUT", $"/api/editions/{e}/missions/{nowhere}/milestones/framing", new JsonObject { ["status"] = "done" });
        yield return Json("unknown milestone", "PUT", $"{w.MissionUrl}/milestones/{nowhere}", new JsonObject { ["status"] = "done" });
        yield return Json("mission in an unknown edition", "POST", $"/api/editions/{nowhere}/missions", new JsonObject
        {
            ["id"] = "x", ["title"] = "x", ["association"] = new JsonObject { ["id"] = "x", ["name"] = "x" }, ["lead"] = new JsonObject { ["name"] = "x" },
        });
        yield return Json("announcement to an unknown edition", "POST", $"/api/editions/{nowhere}/announcements", new JsonObject { ["message"] = "hello" });
        yield return Json("resolve an unknown help request", "PUT", $"{w.MissionUrl}/help-requests/{nowhere}", new JsonObject { ["status"] = "resolved" });
        yield return Json("resolve help of an unknown mission", "PUT", $"/api/editions/{e}/missions/{nowhere}/help-requests/{w.HelpRequestId}", new JsonObject { ["status"] = "resolved" });
        yield return Json("reopen a help request", "PUT", $"{w.MissionUrl}/help-requests/{w.HelpRequestId}", new JsonObject { ["status"] = "open" });
        yield return Json("help request by the lead", "PUT", $"{w.MissionUrl}/help-requests/{w.HelpRequestId}", new JsonObject { ["status"] = "resolved" }) with
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {w.LeadToken}", ["Content-Type"] = "application/json" },
        };
        yield return Json("deliverable for an unknown mission", "POST", $"/api/editions/{e}/missions/{nowhere}/deliverables", new JsonObject { ["title"] = "x" });
        yield return Json("check in an unknown member", "PUT", $"{w.MissionUrl}/members/{nowhere}/check-in", new JsonObject { ["checkedIn"] = true });
        yield return Json("check in a member of an unknown mission", "PUT", $"/api/editions/{e}/missions/{nowhere}/members/{w.MemberId}/check-in", new JsonObject { ["checkedIn"] = true });
        yield return Json("check in, no flag", "PUT", $"{w.MissionUrl}/members/{w.MemberId}/check-in", new JsonObject());
        yield return Json("check in, null flag", "PUT", $"{w.MissionUrl}/members/{w.MemberId}/check-in", new JsonObject { ["checkedIn"] = null });
        yield return Send("erase an unknown member", "DELETE", $"{w.MissionUrl}/members/{nowhere}", null);
        yield return Send("erase a member of an unknown mission", "DELETE", $"/api/editions/{e}/missions/{nowhere}/members/{w.MemberId}", null);
        yield return Send("erase a member, uppercase id", "DELETE", $"{w.MissionUrl}/members/{w.MemberId.ToUpperInvariant()}x", null);
        yield return Send("revoke an unknown token", "DELETE", $"/api/editions/{e}/tokens/{nowhere}", null);
        yield return Send("revoke a token, path trick", "DELETE", $"/api/editions/{e}/tokens/..%2F{w.SpareViewerTokenId}", null);
        yield return Send("lead token for an unknown mission", "POST", $"/api/editions/{e}/missions/{nowhere}/lead-token", null);
        yield return Send("lead token, keepTeamLinks not a flag", "POST", $"{w.MissionUrl}/lead-token?keepTeamLinks=maybe", null);
        yield return Get("tokens of an unknown edition", $"/api/editions/{nowhere}/tokens");
        yield return Get("tokens, missionId not a slug", $"/api/editions/{e}/tokens?missionId=Le%20Drenche");
        yield return Get("tokens, missionId with a trailing newline", $"/api/editions/{e}/tokens?missionId=drenche%0A");
        yield return Send("erase the lead of an unknown mission", "DELETE", $"/api/editions/{e}/missions/{nowhere}/lead", null);
        yield return Send("erase the lead of a mission of an unknown edition", "DELETE", $"/api/editions/{nowhere}/missions/{w.MissionId}/lead", null);
        yield return Get("audit limit 0", $"/api/editions/{e}/audit?limit=0");
        yield return Get("audit limit not a number", $"/api/editions/{e}/audit?limit=abc");
        yield return Json("QR code without text", "POST", "/api/qr", new JsonObject { ["text"] = "" });
        yield return Json("QR code too long", "POST", "/api/qr", new JsonObject { ["text"] = new string('x', 5000) });
        yield return Send("QR code broken JSON", "POST", "/api/qr", Encoding.UTF8.GetBytes("{\"text\":"));
        yield return Get("unknown route", "/api/nothing-here");
        yield return Get("unknown sub-route", $"{w.MissionUrl}/secrets");
    }

    private static IEnumerable<HostileRequest> PathTricks(AccessWorld w)
    {
        var e = w.EditionId;
        var m = w.MissionId;
        var milestone = new JsonObject { ["status"] = "done" };
        foreach (var target in new[]
        {
            $"/api/editions/{e.ToUpperInvariant()}",
            $"/api/editions/{e}/missions/{m.ToUpperInvariant()}",
            $"/api/editions/{e}%2Fmissions%2F{m}",
            $"/api/editions/%2e%2e/editions/{e}x",
            $"/api/editions/{e}/missions/..%2F..%2F{w.OtherEditionId}",
            $"/api/editions/{e}/missions/%2e%2e%2f{m}",
            $"/api/editions/{e}%20",
            $"/api/editions/{e}/missions/{m}%3Bdrop",
            $"/api/editions/{new string('a', 65)}",
            $"/api/editions/{e}/missions/{m}/../../../nothing-here",
            $"/api/editions/%C3%A9dition",
            $"/api/editions/{e}/missions/%3Cscript%3E",
        })
        {
            yield return Get($"path trick GET {target}", target);
        }

        yield return Get("encoded NUL in the path", $"/api/editions/{e}%00") with { RefusedByKestrel = true };
        foreach (var target in new[]
        {
            $"/api/editions/{e}/missions/{m}/milestones/FRAMING",
            $"/api/editions/{e}/missions/{m.ToUpperInvariant()}/milestones/framing",
            $"/api/editions/{e.ToUpperInvariant()}/missions/{m}/milestones/framing",
            $"/api/editions/{e}/missions/{m}/milestones/framing%2F..%2Fdiagnosis",
            $"/api/editions/{e}/missions/{m}/milestones/..%2Fframing",
            $"/api/editions/{e}/missions/{m}%2F..%2F{w.OtherMissionId}/milestones/framing",
            $"/api/editions/{e}/missions/{w.OtherMissionId}/../{m}x/milestones/framing",
            $"/api/editions/{e}/missions/{m}/milestones/%2e%2e",
            $"/api/editions/{e}/missions/{m}/milestones/{new string('f', 65)}",
            $"/api/editions/{e}/missions/{m}/milestones/fram%20ing",
        })
        {
            yield return Json($"path trick PUT {target}", "PUT", target, milestone);
        }
    }

    private static IEnumerable<HostileRequest> WrongMethods(AccessWorld w)
    {
        var e = w.EditionId;
        var m = w.MissionUrl;
        yield return Send("DELETE edition", "DELETE", $"/api/editions/{e}", null);
        yield return Send("PUT edition", "PUT", $"/api/editions/{e}", Encoding.UTF8.GetBytes("{}"));
        yield return Send("PATCH edition", "PATCH", $"/api/editions/{e}", Encoding.UTF8.GetBytes("{}"));
        yield return Send("GET editions list", "DELETE", "/api/editions", null);
        yield return Send("DELETE mission", "DELETE", m, null);
        yield return Send("PATCH mission", "PATCH", m, Encoding.UTF8.GetBytes("{}"));
        yield return Send("POST to a mission", "POST", m, Encoding.UTF8.GetBytes("{}"));
        yield return Send("GET members", "PUT", $"{m}/members", Encoding.UTF8.GetBytes("{}"));
        yield return Send("POST milestone", "POST", $"{m}/milestones/framing", Encoding.UTF8.GetBytes("{\"status\":\"done\"}"));
        yield return Send("DELETE milestone", "DELETE", $"{m}/milestones/framing", null);
        yield return Send("PUT help", "PUT", $"{m}/help-requests", Encoding.UTF8.GetBytes("{}"));
        yield return Send("DELETE a help request", "DELETE", $"{m}/help-requests/{w.HelpRequestId}", null);
        yield return Send("PUT deliverables", "PUT", $"{m}/deliverables", Encoding.UTF8.GetBytes("{\"title\":\"x\"}"));
        yield return Send("POST check-in", "POST", $"{m}/members/{w.MemberId}/check-in", Encoding.UTF8.GetBytes("{\"checkedIn\":true}"));
        yield return Send("GET viewer tokens", "GET", $"/api/editions/{e}/viewer-tokens", null);
        yield return Send("GET team tokens", "GET", $"{m}/team-tokens", null);
        yield return Send("PUT lead", "PUT", $"{m}/lead", Encoding.UTF8.GetBytes("{\"name\":\"x\"}"));
        yield return Send("POST tokens", "POST", $"/api/editions/{e}/tokens", null);
        yield return Send("DELETE results", "DELETE", $"/api/editions/{e}/results", null);
        yield return Send("PUT announcements", "PUT", $"/api/editions/{e}/announcements", Encoding.UTF8.GetBytes("{\"message\":\"x\"}"));
    }

    private static IEnumerable<HostileRequest> Semantics(AccessWorld w)
    {
        var edition = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiCalls.Edition(w.EditionId)))!;
        yield return Json("edition that exists", "POST", "/api/editions", edition);
        JsonObject EditionWith(string field, JsonNode value)
        {
            var copy = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiCalls.Edition(ApiCalls.NewId("corpus"))))!;
            copy[field] = value;
            return copy;
        }

        JsonObject Day(string date, string? start = null, string? end = null) => new() { ["date"] = date, ["label"] = "Jour", ["start"] = start, ["end"] = end };
        yield return Json("no days", "POST", "/api/editions", EditionWith("days", new JsonArray()));
        yield return Json("32 days", "POST", "/api/editions", EditionWith("days", new JsonArray([.. Enumerable.Range(1, 32).Select(i => (JsonNode)Day(new DateOnly(2018, 10, 1).AddDays(i).ToString("yyyy-MM-dd")))])));
        yield return Json("the same day twice", "POST", "/api/editions", EditionWith("days", new JsonArray(Day("2018-11-14"), Day("2018-11-14"))));
        yield return Json("a day ending before it starts", "POST", "/api/editions", EditionWith("days", new JsonArray(Day("2018-11-14", "18:00", "09:00"))));
        yield return Json("a day at 25:00", "POST", "/api/editions", EditionWith("days", new JsonArray(Day("2018-11-14", "25:00"))));
        yield return Json("mission that exists", "POST", $"/api/editions/{w.EditionId}/missions", new JsonObject
        {
            ["id"] = w.MissionId, ["title"] = "x", ["association"] = new JsonObject { ["id"] = "x", ["name"] = "x" }, ["lead"] = new JsonObject { ["name"] = "x" },
        });
        JsonObject MissionWith(JsonArray milestones) => new()
        {
            ["id"] = "corpus-m", ["title"] = "x", ["association"] = new JsonObject { ["id"] = "x", ["name"] = "x" }, ["lead"] = new JsonObject { ["name"] = "x" },
            ["milestones"] = milestones,
        };
        yield return Json("duplicate milestone ids", "POST", $"/api/editions/{w.EditionId}/missions", MissionWith(new JsonArray(
            new JsonObject { ["id"] = "a", ["label"] = "A" }, new JsonObject { ["id"] = "a", ["label"] = "B" })));
        yield return Json("21 milestones", "POST", $"/api/editions/{w.EditionId}/missions", MissionWith(new JsonArray([..
            Enumerable.Range(0, 21).Select(i => (JsonNode)new JsonObject { ["id"] = $"m{i}", ["label"] = $"M{i}" })])));
    }

    /// <summary>The CSV import (refused whole on any bad line) and the reveal's ids.</summary>
    private static IEnumerable<HostileRequest> ImportAndReveal(AccessWorld w)
    {
        var e = w.EditionId;
        var import = $"/api/editions/{e}/import?dryRun=false";
        const string header = "missionId;missionTitle;associationId;associationName;leadName;volunteerName;company;remote";
        const string good = "csv-ok;Atelier;csv-assoc;Association;Léa;Paul;Orange;oui";
        byte[] Sheet(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [header, .. rows]));
        HostileRequest Csv(string name, string target, byte[] body, string contentType = "text/csv", string token = OrchestratorServer.AdminToken) =>
            new($"import: {name}", "POST", target, new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}", ["Content-Type"] = contentType }, body);

        yield return Csv("empty body", import, []);
        yield return Csv("header only", import, Sheet());
        yield return Csv("no header", import, Encoding.UTF8.GetBytes(good));
        yield return Csv("unknown column", import, Encoding.UTF8.GetBytes(header + ";secret\n" + good + ";x"));
        yield return Csv("one good line and one with markup", import, Sheet(good, "csv-bad;<script>alert(1)</script>;a;A;Léa;;;"));
        foreach (var bad in Markup.Concat(ControlCharacters.Take(2)))
        {
            yield return Csv($"volunteer name {Show(bad)}", import, Sheet(good, $"csv-ok;Atelier;csv-assoc;Association;Léa;{bad};Orange;"));
        }

        // A cell is trimmed (spreadsheets add spaces), so "slug\t" is the slug "slug": not hostile here.
        foreach (var bad in NotSlugs.Where(s => s.Length > 0 && !s.Contains(';', StringComparison.Ordinal) && !Orchestrator.WebHost.Api.InputRules.IsSlug(s.Trim())))
        {
            yield return Csv($"mission id {Show(bad)}", import, Sheet(good, $"{bad};Atelier;a;A;Léa;;;"));
        }

        // A cell's surrounding spaces and line ends are trimmed (spreadsheets add them); one inside an id is refused.
        yield return Csv("quoted mission id with a newline inside", import, Sheet(good, "\"csv\nnl\";Atelier;a;A;Léa;;;"));
        yield return Csv("quoted association id with a newline inside", import, Sheet(good, "csv-nl;Atelier;\"assoc\nx\";A;Léa;;;"));
        yield return Csv("quoted mission id with a control character", import, Sheet(good, "\"csv\u0001nl\";Atelier;a;A;Léa;;;"));
        yield return Csv("existing mission", import, Sheet(good, $"{w.MissionId};Atelier;a;A;Léa;;;"));
        yield return Csv("conflicting titles", import, Sheet(good, "csv-ok;Autre atelier;csv-assoc;Association;Léa;;;"));
        yield return Csv("duplicate volunteer", import, Sheet(good, "csv-ok;Atelier;csv-assoc;Association;Léa;paul;Mazars;"));
        yield return Csv("row too short", import, Sheet(good, "csv-x;Atelier"));
        yield return Csv("unclosed quote", import, Sheet(good, "csv-x;\"Atelier;a;A;Léa;;;"));
        yield return Csv("remote not a flag", import, Sheet("csv-x;Atelier;a;A;Léa;Paul;Orange;maybe"));
        yield return Csv("invalid UTF-8", import, [.. Sheet(good), 0xff, 0xfe]);
        yield return Csv("body over 1 MiB", import, Sheet(good, new string('x', OverBodyLimit)));
        yield return Csv("as JSON", import, Encoding.UTF8.GetBytes("{\"rows\":[]}"), "application/json");
        yield return Csv("as text/plain", import, Sheet(good), "text/plain");
        yield return Csv("as a form", import, Sheet(good), "application/x-www-form-urlencoded");
        yield return Csv("dryRun=maybe", $"/api/editions/{e}/import?dryRun=maybe", Sheet(good));
        yield return Csv("unknown edition", "/api/editions/nowhere-import/import", Sheet(good));
        yield return Csv("edition not a slug", "/api/editions/NOT-A-SLUG/import", Sheet(good));
        yield return Csv("viewer token", import, Sheet(good), token: w.ViewerToken);
        yield return Csv("lead token", import, Sheet(good), token: w.LeadToken);
        yield return Csv("forged token", import, Sheet(good), token: "forged-token-0123456789abcdef");
        yield return Json("reveal an unknown mission", "POST", $"/api/editions/{e}/reveal", new JsonObject { ["missionId"] = "nowhere-reveal" });
        yield return Json("reveal in an unknown edition", "POST", "/api/editions/nowhere-reveal/reveal", new JsonObject { ["missionId"] = w.MissionId });
        yield return Json("reveal a mission of another edition", "POST", $"/api/editions/{w.OtherEditionId}/reveal", new JsonObject { ["missionId"] = w.MissionId + "x" });
        yield return Send("reset the reveal of an unknown edition", "DELETE", "/api/editions/nowhere-reveal/reveal", null);
        yield return Send("reset the reveal, edition not a slug", "DELETE", "/api/editions/NOT-A-SLUG/reveal", null);
        yield return Send("GET reveal", "GET", $"/api/editions/{e}/reveal", null);
        yield return Send("PUT reveal", "PUT", $"/api/editions/{e}/reveal", Encoding.UTF8.GetBytes("{\"missionId\":\"drenche\"}"));
        yield return Send("GET import", "GET", $"/api/editions/{e}/import", null);
    }

    private static HostileRequest Request(string name, BodyRoute route, byte[] body, params (string Name, string Value)[] headers)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = $"Bearer {OrchestratorServer.AdminToken}",
            ["Content-Type"] = "application/json",
        };
        foreach (var (header, value) in headers)
        {
            if (value.Length == 0)
            {
                all.Remove(header);
            }
            else
            {
                all[header] = value;
            }
        }

        return new HostileRequest($"{route.Method} {route.Target}: {name}", route.Method, route.Target, all, body);
    }

    private static HostileRequest Get(string name, string target) => Send(name, "GET", target, null);

    private static HostileRequest Json(string name, string method, string target, JsonObject body) =>
        Send(name, method, target, Encoding.UTF8.GetBytes(body.ToJsonString()));

    private static HostileRequest Send(string name, string method, string target, byte[]? body) =>
        new(name, method, target, new Dictionary<string, string>
        {
            ["Authorization"] = $"Bearer {OrchestratorServer.AdminToken}",
            ["Content-Type"] = "application/json",
        }, body);

    private static byte[] Valid(BodyRoute route) => Encoding.UTF8.GetBytes(route.ValidBody().ToJsonString());

    private static byte[] Body(BodyRoute route, string path, JsonNode? value)
    {
        var body = route.ValidBody();
        JsonNode parent = body;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            parent = Step(parent, part)!;
        }

        var last = parts[^1];
        if (last.EndsWith("[0]", StringComparison.Ordinal))
        {
            ((JsonArray)parent[last[..^3]]!)[0] = value;
        }
        else
        {
            parent[last] = value;
        }

        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    private static JsonNode? Step(JsonNode node, string part) =>
        part.EndsWith("[0]", StringComparison.Ordinal) ? node[part[..^3]]![0] : node[part];

    private static byte[] Chunked(byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];

    private static string Show(string text) =>
        "'" + (text.Length > 24 ? text[..24] + "…" : text).Replace("\n", "\\n").Replace("\t", "\\t").Replace("\0", "\\0").Replace("\u001b", "\\e") + "'";
}

using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;
using QRCoder;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// <c>POST /api/qr</c> <c>{text}</c> → an SVG QR code (admin), to print lead and team links on sheets.
/// A POST, not <c>GET ?text=</c>: the links carry tokens, and query strings end up in server logs.
/// </summary>
public static class QrCodeApi
{
    public const int TextMax = 1000;

    public static RouteGroupBuilder MapQrCodeApi(this RouteGroupBuilder api)
    {
        api.MapPost("/qr", Render).RequireRight(Right.Admin, "Only the admin prints link codes.").WithSecretInAnswer();
        return api;
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Render(QrCodeRequest request, HttpContext http)
    {
        var rules = new InputRules().Text("text", request.Text, TextMax);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(request.Text!, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(svg, "image/svg+xml");
    }
}

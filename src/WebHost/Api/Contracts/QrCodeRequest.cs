namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Text">What the code holds, usually a page link with <c>#token=…</c>.</param>
public sealed record QrCodeRequest(string? Text);

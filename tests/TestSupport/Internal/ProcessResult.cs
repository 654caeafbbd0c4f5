namespace Orchestrator.TestSupport.Internal;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => string.Join(Environment.NewLine, StandardOutput.TrimEnd(), StandardError.TrimEnd()).Trim();
}

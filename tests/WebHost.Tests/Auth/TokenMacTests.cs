using Microsoft.Extensions.Options;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Tests.Auth;

/// <summary>An issued token carries its MAC, so a forged one is told apart without a lookup (issue 11).</summary>
public sealed class TokenMacTests
{
    private static TokenMac Mac(string secret = "a-test-secret-of-at-least-thirty-two-characters") =>
        new(Options.Create(new AuthOptions { TokenSecret = secret }));

    [Fact]
    public void IssuedToken_IsSigned()
    {
        var mac = Mac();

        Assert.Equal(TokenShape.Signed, mac.Check(mac.NewToken()));
    }

    [Fact]
    public void IssuedToken_WithOneMacCharacterChanged_IsForged()
    {
        var mac = Mac();
        var token = mac.NewToken();
        var forged = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(TokenShape.Forged, mac.Check(forged));
    }

    [Fact]
    public void TokenSignedUnderAnotherSecret_IsForged() =>
        Assert.Equal(TokenShape.Forged, Mac().Check(Mac("another-secret-of-at-least-thirty-two-characters").NewToken()));

    [Fact]
    public void TokenIssuedBeforeTheMac_IsUnsigned_SoStillLookedUp() =>
        Assert.Equal(TokenShape.Unsigned, Mac().Check(Tokens.New()));

    [Theory]
    [InlineData("forged-token-0123456789abcdef")]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("0123456789012345678901234567890123456789012.012345678901234567890+")]
    [InlineData("0123456789012345678901234567890123456789012\n")]
    public void TokenOfAShapeNeverIssued_IsMalformed(string token) =>
        Assert.Equal(TokenShape.Malformed, Mac().Check(token));
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Issued tokens carry their own MAC: <c>{random}.{mac}</c>, the random part 256 bits in base64url (43
/// characters) and the MAC the first 128 bits of HMAC-SHA256 under <c>Orchestrator:TokenSecret</c> (22
/// characters). So a token the server never issued is told apart in memory, in constant time, without
/// activating a grain or reading storage; a well-formed one is still looked up, since it may be revoked.
/// </summary>
internal sealed class TokenMac(IOptions<AuthOptions> options)
{
    private const int RandomLength = 43;
    private const int MacLength = 22;
    private const int MacBytes = 16;

    public static string NewSecret() => Tokens.New();

    public string NewToken()
    {
        var random = Tokens.New();
        return $"{random}.{Mac(random)}";
    }

    public TokenShape Check(string token)
    {
        if (token.Length == RandomLength && IsBase64Url(token))
        {
            return TokenShape.Unsigned;
        }

        if (token.Length != RandomLength + 1 + MacLength || token[RandomLength] != '.')
        {
            return TokenShape.Malformed;
        }

        var random = token[..RandomLength];
        var presented = token[(RandomLength + 1)..];
        if (!IsBase64Url(random) || !IsBase64Url(presented))
        {
            return TokenShape.Malformed;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(Mac(random)))
            ? TokenShape.Signed
            : TokenShape.Forged;
    }

    private string Mac(string random)
    {
        var secret = options.Value.TokenSecret
            ?? throw new InvalidOperationException("Orchestrator:TokenSecret is not set: the host sets or generates it on start.");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(random));
        return Convert.ToBase64String(mac, 0, MacBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static bool IsBase64Url(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

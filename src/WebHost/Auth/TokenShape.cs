namespace Orchestrator.WebHost.Auth;

/// <summary>What a presented token is, told from the token alone, before anything is looked up.</summary>
public enum TokenShape
{
    /// <summary>Not a shape this server ever issued: refused without a lookup.</summary>
    Malformed,

    /// <summary>The MAC shape with a MAC that does not match: forged, refused without a lookup.</summary>
    Forged,

    /// <summary>Carries a valid MAC under the server secret: looked up (it may be revoked).</summary>
    Signed,

    /// <summary>Issued before tokens carried a MAC (43 base64url characters): looked up, within a per-address budget of failures.</summary>
    Unsigned,
}

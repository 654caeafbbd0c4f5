using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Tests.Auth;

/// <summary>The generated admin token and token secret are the owner's only, from their first byte (issue 11).</summary>
public sealed class SecretFileTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"secret-file-{Guid.NewGuid():n}");

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void GeneratedSecret_IsOwnerOnlyWhileBeingWritten_AndInAnOwnerOnlyDirectory()
    {
        var file = Path.Combine(_root, "data", "admin-token");
        var modesWhileWriting = new List<UnixFileMode>();

        var secret = SecretFile.ReadOrCreate(file, () =>
        {
            // The content is asked for once the file that will hold it exists: it must already be owner-only.
            modesWhileWriting.AddRange(Directory.GetFiles(Path.GetDirectoryName(file)!).Select(File.GetUnixFileMode));
            return "the-secret";
        });

        Assert.Equal("the-secret", secret);
        Assert.NotEmpty(modesWhileWriting);
        Assert.All(modesWhileWriting, mode => Assert.Equal(OwnerReadWrite, mode));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void ExistingSecret_IsKept()
    {
        var file = Path.Combine(_root, "data", "token-secret");
        SecretFile.ReadOrCreate(file, () => "first");

        Assert.Equal("first", SecretFile.ReadOrCreate(file, () => "second"));
    }

    /// <summary>A host that stopped between creating the file and writing it left it empty: every later start failed.</summary>
    [Fact]
    public void EmptyFileLeftByACrash_IsReplacedByAFreshSecret_EmptySecretFileBug()
    {
        var file = Path.Combine(_root, "data", "token-secret");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));

        Assert.Equal("fresh", SecretFile.ReadOrCreate(file, () => "fresh"));
        Assert.Equal("fresh", File.ReadAllText(file));
        Assert.Equal("fresh", SecretFile.ReadOrCreate(file, () => "second"));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task HostsStartingAtOnce_AgreeOnOneSecret()
    {
        var file = Path.Combine(_root, "data", "token-secret");

        var secrets = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => SecretFile.ReadOrCreate(file, () => $"secret-{i}"))));

        Assert.Single(secrets.Distinct());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

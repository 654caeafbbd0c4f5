using System.Text;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// A secret the host generates once and keeps under <c>data/</c> (the admin token, the token secret):
/// the directory is created 0700 and the file 0600 from its first byte (never world-readable for an
/// instant), created exclusively, so hosts of one
/// machine starting at once agree on a single value.
/// </summary>
internal static class SecretFile
{
    public const string DataDirectory = "data";

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The file's content (trimmed), written first with <paramref name="create"/> when the file does not exist.</summary>
    public static string ReadOrCreate(string file, Func<string> create)
    {
        if (!File.Exists(file))
        {
            CreateDirectory(Path.GetDirectoryName(file)!);
            try
            {
                // CreateNew is O_EXCL: of hosts starting at once exactly one creates the file (a rename
                // "without replacing" is a check then a rename on Unix, and two hosts both won it).
                using var stream = new FileStream(file, OwnerOnly());
                stream.Write(Encoding.UTF8.GetBytes(create()));
                stream.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another host of this machine created it first: keep theirs.
            }
        }

        return ReadWritten(file);
    }

    /// <summary>The secret, once its creator has written it (a host may read between the creation and the write).</summary>
    private static string ReadWritten(string file)
    {
        for (var attempt = 0; ; attempt++)
        {
            string text;
            try
            {
                text = File.ReadAllText(file).Trim();
            }
            catch (IOException) when (attempt < 200)
            {
                text = ""; // its creator still holds it open
            }

            if (text.Length > 0 || attempt == 200)
            {
                return text.Length > 0 ? text : throw new InvalidOperationException($"The secret file {file} is empty.");
            }

            Thread.Sleep(10);
        }
    }

    public static string PathOf(string name) => Path.GetFullPath(Path.Combine(DataDirectory, name));

    private static void CreateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }
    }

    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }
}

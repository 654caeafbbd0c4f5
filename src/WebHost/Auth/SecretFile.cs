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

    /// <summary>How long a creator may take between creating the file and writing it; an empty file older is a leftover.</summary>
    private static readonly TimeSpan WriteTakesAtMost = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The file's content (trimmed), written first with <paramref name="create"/> when the file does not exist.
    /// An empty file left by a host that stopped between creating and writing it (a crash, a full disk) is put
    /// aside and the secret created afresh: no one can hold a secret that was never written.
    /// </summary>
    public static string ReadOrCreate(string file, Func<string> create)
    {
        if (!File.Exists(file))
        {
            Create(file, create);
        }

        var text = ReadWritten(file);
        if (text.Length == 0)
        {
            PutAside(file);
            Create(file, create);
            text = ReadWritten(file);
        }

        return text.Length > 0 ? text : throw new InvalidOperationException($"The secret file {file} is empty.");
    }

    private static void Create(string file, Func<string> create)
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

    /// <summary>
    /// The secret, once its creator has written it (a host may read between the creation and the write);
    /// empty when the file stays empty longer than a creator takes.
    /// </summary>
    private static string ReadWritten(string file)
    {
        // Bounded by this host's own clock too, whatever the file's time says.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            string text;
            try
            {
                text = File.ReadAllText(file).Trim();
            }
            catch (FileNotFoundException)
            {
                return ""; // put aside by another host meanwhile
            }
            catch (IOException)
            {
                text = ""; // its creator still holds it open
            }

            if (text.Length > 0 || waited.Elapsed > WriteTakesAtMost || DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > WriteTakesAtMost)
            {
                return text;
            }

            Thread.Sleep(10);
        }
    }

    /// <summary>Renames the empty leftover away (of hosts doing so at once, one rename wins), then deletes it.</summary>
    private static void PutAside(string file)
    {
        var aside = $"{file}.empty-{Guid.NewGuid():n}";
        try
        {
            File.Move(file, aside);
            File.Delete(aside);
        }
        catch (IOException)
        {
            // Another host put it aside first (or already created the new one): Create keeps whatever is there.
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

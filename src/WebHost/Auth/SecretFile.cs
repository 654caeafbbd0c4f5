using System.Text;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// A secret the host generates once and keeps under <c>data/</c> (the admin token, the token secret):
/// the directory is created 0700 and the file 0600 from its first byte (never world-readable for an
/// instant), written to a private temporary file and moved into place without replacing, so hosts of
/// one machine starting at once agree on a single value.
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
            var temporary = $"{file}.{Guid.NewGuid():n}.tmp";
            try
            {
                using (var stream = new FileStream(temporary, OwnerOnly()))
                {
                    stream.Write(Encoding.UTF8.GetBytes(create()));
                }

                File.Move(temporary, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another host of this machine wrote it first: keep theirs.
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        return File.ReadAllText(file).Trim();
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
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }
}

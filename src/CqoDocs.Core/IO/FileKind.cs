using System.Runtime.InteropServices;

namespace CqoDocs.Core.IO;

/// <summary>What a path names.</summary>
public enum PathKind { Missing, RegularFile, Directory, Other }

/// <summary>
/// Tells a regular file from a device, FIFO or socket without opening it (opening a FIFO blocks until
/// someone writes; reading /dev/zero never ends). .NET reports all of them as plain files, so on Unix this
/// asks stat(2) through the runtime's own native shim.
/// </summary>
public static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>What <paramref name="path"/> names, following symbolic links (a dangling link is Missing).</summary>
    public static PathKind Of(string path)
    {
        if (Directory.Exists(path)) return PathKind.Directory;
        if (!File.Exists(path)) return PathKind.Missing;
        if (OperatingSystem.IsWindows()) return PathKind.RegularFile;
        var mode = UnixMode(path);
        if (mode is null) return PathKind.Missing;
        return (mode.Value & TypeMask) switch
        {
            RegularType => PathKind.RegularFile,
            DirectoryType => PathKind.Directory,
            _ => PathKind.Other,
        };
    }

    /// <summary>True for a symbolic link, whatever it points to.</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int? UnixMode(string path)
    {
        // FileStatus starts with int Flags, int Mode; the buffer is far larger than the struct.
        var status = new byte[256];
        try
        {
            return Stat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without the shim, a zero length is what devices and FIFOs report; a real empty file is refused later anyway.
            return new FileInfo(path).Length > 0 ? RegularType : 0;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}

using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// What keeps a <see cref="PrefixDictionary"/>'s tables in place while it reads them through pointers: arrays
/// pinned where they lie, or a segmenter cache file mapped into memory, whose pages are read only when touched.
/// Released when the dictionary that holds it is collected.
/// </summary>
internal abstract class DictionaryMemory
{
    /// <summary>Arrays held still for as long as the dictionary lives.</summary>
    public sealed class Pinned : DictionaryMemory
    {
        private readonly GCHandle[] _handles;

        public Pinned(params Array?[] arrays) =>
            _handles = arrays.OfType<Array>().Select(a => GCHandle.Alloc(a, GCHandleType.Pinned)).ToArray();

        public unsafe T* Address<T>(T[] array) where T : unmanaged => (T*)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);

        ~Pinned()
        {
            foreach (var handle in _handles) handle.Free();
        }
    }

    /// <summary>A file mapped read-only: the dictionary reads the file's pages in place.</summary>
    public sealed unsafe class Mapped : DictionaryMemory, IDisposable
    {
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;
        private int _released;

        private Mapped(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* start, long length)
        {
            _file = file;
            _view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }
        public long Length { get; }

        /// <summary>The file mapped, or null when it is missing or empty.</summary>
        public static Mapped? Open(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = stream.Length;
            if (length == 0) return null;
            // The mapping holds the file by itself: the stream is closed when this returns.
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new Mapped(file, view, start + view.PointerOffset, length);
        }

        public void Dispose()
        {
            Release();
            GC.SuppressFinalize(this);
        }

        ~Mapped() => Release();

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}

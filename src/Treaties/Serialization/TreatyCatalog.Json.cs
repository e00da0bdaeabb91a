using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Treaties.Serialization;

namespace Treaties;

/// <summary>Loading and saving catalogs in the JSON data format (docs/data-format.md).</summary>
public sealed partial class TreatyCatalog
{
    internal const string BundledJsonResource = "Treaties.Data.treaties.json";

    /// <summary>Reads a whole catalog from a UTF-8 JSON document. Nothing is loaded unless all of it is valid.</summary>
    /// <param name="utf8Json">The document; read to its end, not closed.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TreatyDataException">The document is malformed, over a limit, or breaks a rule; the message says where.</exception>
    /// <example>
    /// <code>
    /// using FileStream file = File.OpenRead("my-treaties.json");
    /// TreatyCatalog catalog = TreatyCatalog.Load(file);
    /// </code>
    /// </example>
    public static TreatyCatalog Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream(InitialCapacity(utf8Json));
        CopyBounded(utf8Json, buffer);
        return CatalogReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a whole catalog from a UTF-8 JSON document, asynchronously.</summary>
    /// <param name="utf8Json">The document; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="TreatyDataException">The document is malformed, over a limit, or breaks a rule.</exception>
    public static async Task<TreatyCatalog> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk.AsSpan(0, read));
        }

        return CatalogReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a whole catalog from a JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TreatyDataException">The document is malformed, over a limit, or breaks a rule.</exception>
    public static TreatyCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CatalogReader.Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Writes the catalog as a UTF-8 JSON document that <see cref="Load"/> reads back into an equal catalog.</summary>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void Save(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, CatalogWriter.ToDto(this), CatalogWriter.Context.CatalogDto);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes the catalog as a UTF-8 JSON document, asynchronously.</summary>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public async Task SaveAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        await JsonSerializer.SerializeAsync(utf8Json, CatalogWriter.ToDto(this), CatalogWriter.Context.CatalogDto, cancellationToken).ConfigureAwait(false);
        await utf8Json.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the catalog as JSON text, as <see cref="Save"/> writes it.</summary>
    /// <returns>The document.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Loads the bundled data from its JSON with every check, as a user's own document is loaded.</summary>
    internal static TreatyCatalog LoadBundledJson()
    {
        using Stream stream = typeof(TreatyCatalog).Assembly.GetManifestResourceStream(BundledJsonResource)
            ?? throw new InvalidOperationException($"The bundled data '{BundledJsonResource}' is missing from {typeof(TreatyCatalog).Assembly.GetName().Name}.");
        return Load(stream);
    }

    /// <summary>
    /// The buffer a load starts with: the rest of a seekable stream (so the bundled data is copied once, not grown into),
    /// never more than the size limit allows.
    /// </summary>
    private static int InitialCapacity(Stream source) =>
        source.CanSeek ? (int)Math.Clamp(source.Length - source.Position, 0, CatalogLimits.MaxBytes + 4L) : 0;

    private static void CopyBounded(Stream source, MemoryStream target)
    {
        byte[] chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(target, chunk.AsSpan(0, read));
        }
    }

    /// <summary>Appends a chunk, stopping at the size limit so that a huge stream cannot exhaust memory.</summary>
    private static void Append(MemoryStream target, ReadOnlySpan<byte> chunk)
    {
        if (target.Length + chunk.Length > CatalogLimits.MaxBytes + 3)
        {
            throw new TreatyDataException(null, null, null, null, $"The document is longer than the limit of {CatalogLimits.MaxBytes} bytes.");
        }

        target.Write(chunk);
    }
}

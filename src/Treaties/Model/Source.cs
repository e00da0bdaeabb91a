using System;
using System.Threading;
using NodaTime;

namespace Treaties;

/// <summary>A publication that a fact in the catalog is taken from.</summary>
/// <remarks>
/// <para>Two sources are equal when all their properties are equal; <see cref="Id"/> is compared ordinally.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    // The address as written; its Uri is parsed when first asked for when the source comes from the bundled snapshot,
    // whose addresses the build checked, so that a catalog's hundreds of sources cost no parsing on a cold start.
    private readonly string _address;
    private readonly Lazy<Uri> _url;

    /// <summary>Creates a source.</summary>
    /// <param name="id">A short identifier, unique within a catalog, such as <c>"nato-member-countries"</c>.</param>
    /// <param name="title">The title of the publication.</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="url">Where it can be read: an absolute http or https address.</param>
    /// <param name="kind">What kind of publication it is.</param>
    /// <param name="date">When it was published or last updated, where known.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="url"/> is not an absolute http or https address.</exception>
    public Source(string id, string title, string publisher, Uri url, SourceKind kind, LocalDate? date = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Publisher = Preconditions.CheckNotBlank(publisher, nameof(publisher));
        Preconditions.CheckNotNull(url, nameof(url));
        Preconditions.CheckArgument(
            url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
            nameof(url),
            $"The source address '{url.OriginalString}' must be an absolute http or https address.");
        Preconditions.CheckArgument(
            Enum.IsDefined(kind), nameof(kind), $"{(int)kind} is not a defined {nameof(SourceKind)}.");
        _url = new Lazy<Uri>(url);
        _address = url.OriginalString;
        Kind = kind;
        Date = date;
    }

    /// <summary>Creates a source from facts checked when they were written: the address is parsed when first asked for.</summary>
    internal Source(string id, string title, string publisher, string checkedAddress, SourceKind kind, LocalDate? date)
    {
        Id = id;
        Title = title;
        Publisher = publisher;
        _address = checkedAddress;
        _url = new Lazy<Uri>(() => new Uri(checkedAddress, UriKind.Absolute), LazyThreadSafetyMode.PublicationOnly);
        Kind = kind;
        Date = date;
    }

    /// <summary>Gets the identifier of the source, unique within a catalog.</summary>
    public string Id { get; }

    /// <summary>Gets the title of the publication.</summary>
    public string Title { get; }

    /// <summary>Gets who published it.</summary>
    public string Publisher { get; }

    /// <summary>Gets where it can be read.</summary>
    public Uri Url => _url.Value;

    /// <summary>Gets what kind of publication it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets when it was published or last updated, or null where that is not known.</summary>
    public LocalDate? Date { get; }

    /// <inheritdoc/>
    public bool Equals(Source? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal)
        && string.Equals(_address, other._address, StringComparison.Ordinal)
        && Kind == other.Kind
        && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, _address);

    /// <summary>Returns the title, publisher and address, as a citation.</summary>
    /// <returns>A one-line citation.</returns>
    public override string ToString() => $"{Title} ({Publisher}) {_address}";
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.BZip2;

namespace Treaties.Tests;

/// <summary>
/// Reads a data frame from an R data file (<c>.rda</c>, as made by R's <c>save</c>), so that tests can compare with
/// datasets that are published only for R. The file may be bzip2-, gzip- or not compressed; inside it, R's
/// serialization in XDR form (header <c>RDX2</c> or <c>RDX3</c>), version 2 or 3. Only the first object of the file is
/// read, and it must be a data frame. Anything this reader does not understand is an <see cref="InvalidDataException"/>.
/// </summary>
internal static class RData
{
    /// <summary>Reads the first object of an .rda file, which must be a data frame of integer, double, logical or character columns.</summary>
    internal static RDataFrame ReadDataFrame(Stream rda)
    {
        ArgumentNullException.ThrowIfNull(rda);
        Stream data = Decompress(rda);
        try
        {
            var reader = new Reader(data);
            reader.ReadHeader();
            (string name, object? value) = reader.ReadFirstObject();
            return ToDataFrame(name, value);
        }
        catch (Exception ex) when (ex is SharpZipBaseException or EndOfStreamException)
        {
            throw new InvalidDataException("The compressed R data is damaged or cut short: " + ex.Message, ex);
        }
        finally
        {
            if (!ReferenceEquals(data, rda))
            {
                data.Dispose();
            }
        }
    }

    /// <summary>The file's content, decompressed as its first bytes say.</summary>
    private static Stream Decompress(Stream rda)
    {
        Stream seekable = rda;
        if (!rda.CanSeek)
        {
            seekable = new MemoryStream();
            rda.CopyTo(seekable);
            seekable.Position = 0;
        }

        long start = seekable.Position;
        Span<byte> magic = stackalloc byte[6];
        magic = magic[..seekable.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false)];
        seekable.Position = start;

        if (magic.StartsWith("BZh"u8))
        {
            return new BZip2InputStream(seekable) { IsStreamOwner = false };
        }

        if (magic.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return new GZipStream(seekable, CompressionMode.Decompress, leaveOpen: true);
        }

        if (magic.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0]))
        {
            throw new InvalidDataException("The R data is xz-compressed, which this reader does not read: save it again with compress = \"bzip2\" or \"gzip\".");
        }

        return magic.Length >= 5 ? seekable : throw NotRData();
    }

    private static InvalidDataException NotRData() => new("This is not an R data file: it does not start with RDX2 or RDX3.");

    private static RDataFrame ToDataFrame(string name, object? value)
    {
        if (value is not Vector { Type: Sexp.List } list)
        {
            throw new InvalidDataException($"The first object of the file, '{name}', is {Describe(value)}, not a data frame.");
        }

        string?[] classes = list.Attribute("class") is Vector { Values: string?[] c } ? c : [];
        if (!classes.Contains("data.frame") && !classes.Contains("tbl_df"))
        {
            throw new InvalidDataException($"The first object of the file, '{name}', is a list{(classes.Length == 0 ? " without a class" : $" of class {string.Join("/", classes)}")}, not a data frame.");
        }

        if (list.Attribute("names") is not Vector { Values: string?[] names } || names.Length != list.Length)
        {
            throw new InvalidDataException($"The data frame '{name}' has no names for its {list.Length} columns.");
        }

        int rowCount = RowCount(name, list.Attribute("row.names"));
        object?[] items = (object?[])list.Values;
        var columns = new Array[items.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            string column = names[i] ?? "NA";
            if (items[i] is not Vector { Type: Sexp.Logical or Sexp.Integer or Sexp.Real or Sexp.String } vector)
            {
                throw new InvalidDataException($"Column '{column}' of '{name}' is {Describe(items[i])}; only integer, double, logical and character columns are read.");
            }

            if (vector.Length != rowCount)
            {
                throw new InvalidDataException($"Column '{column}' of '{name}' has {vector.Length} values for {rowCount} rows.");
            }

            columns[i] = vector.Values;
        }

        return new RDataFrame(name, rowCount, [.. names.Select(n => n ?? "NA")], columns);
    }

    /// <summary>The number of rows, from the row names: R keeps automatic ones compactly, as <c>c(NA, -n)</c>.</summary>
    private static int RowCount(string name, object? rowNames) => rowNames switch
    {
        Vector { Values: int[] { Length: 2 } compact } when compact[0] == RDataFrame.NA => Math.Abs(compact[1]),
        Vector { Type: Sexp.Integer or Sexp.Real or Sexp.String } explicitNames => explicitNames.Length,
        _ => throw new InvalidDataException($"The data frame '{name}' has no row names to count its rows by."),
    };

    private static string Describe(object? value) => value switch
    {
        null => "NULL",
        Vector v => $"an R vector of type {v.Type} and length {v.Length}",
        Pairs => "a pairlist",
        Symbol s => $"the symbol '{s.Name}'",
        Opaque o => o.What,
        _ => value.GetType().Name,
    };

    /// <summary>R's object types (SEXPTYPE) and the serialization's own markers.</summary>
    private enum Sexp
    {
        Nil = 0,
        Symbol = 1,
        PairList = 2,
        Closure = 3,
        Environment = 4,
        Promise = 5,
        Language = 6,
        Special = 7,
        Builtin = 8,
        Char = 9,
        Logical = 10,
        Integer = 13,
        Real = 14,
        Complex = 15,
        String = 16,
        Dots = 17,
        List = 19,
        Expression = 20,
        ByteCode = 21,
        ExternalPointer = 22,
        WeakReference = 23,
        Raw = 24,
        S4 = 25,
        AltRep = 238,
        AttributedList = 239,
        AttributedLanguage = 240,
        BaseEnvironment = 241,
        EmptyEnvironment = 242,
        GenericReference = 245,
        ClassReference = 246,
        Persistent = 247,
        Package = 248,
        Namespace = 249,
        BaseNamespace = 250,
        MissingArgument = 251,
        UnboundValue = 252,
        GlobalEnvironment = 253,
        NilValue = 254,
        Reference = 255,
    }

    /// <summary>A vector: <c>int[]</c> (logical, integer), <c>double[]</c> (double; complex as pairs), <c>string?[]</c>, <c>byte[]</c> or <c>object?[]</c> (list).</summary>
    private sealed class Vector(Sexp type, Array values, int length)
    {
        public Sexp Type { get; } = type;

        public Array Values { get; } = values;

        public int Length { get; } = length;

        public Pairs? Attributes { get; set; }

        public object? Attribute(string tag) => Attributes?.Items.FirstOrDefault(a => a.Tag == tag).Value;
    }

    /// <summary>A pairlist (or a language object, closure and the like), its cells' tags and values; <see cref="Tail"/> is a last CDR that is not a cell.</summary>
    private sealed class Pairs(List<(string? Tag, object? Value)> items, object? tail)
    {
        public List<(string? Tag, object? Value)> Items { get; } = items;

        public object? Tail { get; } = tail;
    }

    private sealed record Symbol(string Name);

    /// <summary>An object read past but not kept: an environment, an external pointer, a namespace and the like.</summary>
    private sealed record Opaque(string What);

    /// <summary>Reads R's serialization in XDR form: big-endian integers and doubles.</summary>
    private sealed class Reader(Stream stream)
    {
        private const int HasAttributes = 1 << 9;
        private const int HasTag = 1 << 10;
        private const int MaxDepth = 1000;

        private readonly byte[] buffer = new byte[1 << 16];
        private readonly List<object> references = [];
        private int position;
        private int end;
        private int depth;

        public void ReadHeader()
        {
            string magic = Encoding.ASCII.GetString(Take(5));
            switch (magic)
            {
                case "RDX2\n" or "RDX3\n":
                    break;
                case "RDA2\n" or "RDA3\n" or "RDB2\n" or "RDB3\n":
                    throw new InvalidDataException($"The R data is in {(magic[2] == 'A' ? "ASCII" : "native binary")} form ({magic.TrimEnd()}); only the usual XDR form (RDX2, RDX3) is read.");
                default:
                    throw NotRData();
            }

            if (!Take(2).SequenceEqual("X\n"u8))
            {
                throw new InvalidDataException("The R data's serialization is not in XDR form (\"X\\n\").");
            }

            int version = Int();
            Int(); // the version of R that wrote it
            Int(); // the oldest version of R that can read it
            if (version == 3)
            {
                int length = Int();
                if (length is < 0 or > 64)
                {
                    throw new InvalidDataException($"The R data's native encoding has an impossible length, {length}.");
                }

                Take(length);
            }
            else if (version != 2)
            {
                throw new InvalidDataException($"The R data uses serialization version {version}; versions 2 and 3 are read.");
            }
        }

        /// <summary>The name and value of the first object: save() writes a pairlist tagged with the objects' names.</summary>
        public (string Name, object? Value) ReadFirstObject()
        {
            int flags = Int();
            if ((Sexp)(flags & 0xFF) != Sexp.PairList || (flags & HasTag) == 0)
            {
                throw new InvalidDataException("The R data does not hold named objects, as save() writes them.");
            }

            if ((flags & HasAttributes) != 0)
            {
                ReadItem();
            }

            if (ReadItem() is not Symbol name)
            {
                throw new InvalidDataException("The first object of the R data has no name.");
            }

            return (name.Name, ReadItem());
        }

        private object? ReadItem() => ReadItem(Int());

        private object? ReadItem(int flags)
        {
            if (++depth > MaxDepth)
            {
                throw new InvalidDataException($"The R data nests objects more than {MaxDepth} deep.");
            }

            try
            {
                return ReadItemAt(flags);
            }
            finally
            {
                depth--;
            }
        }

        private object? ReadItemAt(int flags)
        {
            var type = (Sexp)(flags & 0xFF);
            switch (type)
            {
                case Sexp.NilValue:
                    return null;
                case Sexp.EmptyEnvironment or Sexp.BaseEnvironment or Sexp.GlobalEnvironment or Sexp.UnboundValue or Sexp.MissingArgument or Sexp.BaseNamespace:
                    return new Opaque(type.ToString());
                case Sexp.Reference:
                    return Referenced(flags);
                case Sexp.Symbol:
                    return Remember(new Symbol(ReadItem() as string ?? "NA"));
                case Sexp.Persistent or Sexp.Package or Sexp.Namespace:
                    return Remember(new Opaque($"{type} {string.Join(":", ReadStrings())}"));
                case Sexp.Environment:
                    return ReadEnvironment();
                case Sexp.PairList or Sexp.Language or Sexp.Closure or Sexp.Promise or Sexp.Dots or Sexp.AttributedList or Sexp.AttributedLanguage:
                    return ReadPairs(flags);
                case Sexp.ExternalPointer:
                    Opaque pointer = Remember(new Opaque("an external pointer"));
                    ReadItem(); // protected value
                    ReadItem(); // tag
                    return SkipAttributes(flags, pointer);
                case Sexp.WeakReference:
                    return SkipAttributes(flags, Remember(new Opaque("a weak reference")));
                case Sexp.Special or Sexp.Builtin:
                    Bytes(Int());
                    return SkipAttributes(flags, new Opaque("a primitive function"));
                case Sexp.S4:
                    return SkipAttributes(flags, new Opaque("an S4 object"));
                case Sexp.Char:
                    string? text = ReadChars(flags);
                    SkipAttributes(flags, text);
                    return text;
                case Sexp.Logical or Sexp.Integer or Sexp.Real or Sexp.Complex or Sexp.String or Sexp.List or Sexp.Expression or Sexp.Raw:
                    return WithAttributes(flags, ReadVector(type));
                case Sexp.AltRep:
                    return ReadAltRep();
                default:
                    throw new InvalidDataException($"The R data holds an object of type {type} ({(int)type}), which this reader does not read.");
            }
        }

        private object Referenced(int flags)
        {
            int index = flags >> 8;
            if (index == 0)
            {
                index = Int();
            }

            if (index < 1 || index > references.Count)
            {
                throw new InvalidDataException($"The R data refers to object {index} of {references.Count} read so far.");
            }

            return references[index - 1];
        }

        private T Remember<T>(T value)
            where T : notnull
        {
            references.Add(value);
            return value;
        }

        private string?[] ReadStrings()
        {
            if (Int() != 0)
            {
                throw new InvalidDataException("The R data names a package or namespace in a form R itself does not write.");
            }

            return ReadMany(Length(), () => ReadItem() as string);
        }

        private Opaque ReadEnvironment()
        {
            Int(); // locked
            Opaque environment = Remember(new Opaque("an environment"));
            ReadItem(); // enclosing environment
            ReadItem(); // frame
            ReadItem(); // hash table
            ReadItem(); // attributes
            return environment;
        }

        /// <summary>Reads a pairlist cell by cell: each cell's attributes, tag and value come before the next cell.</summary>
        private Pairs ReadPairs(int flags)
        {
            var items = new List<(string? Tag, object? Value)>();
            while (true)
            {
                var type = (Sexp)(flags & 0xFF);
                if ((flags & HasAttributes) != 0 || type is Sexp.AttributedList or Sexp.AttributedLanguage)
                {
                    ReadItem();
                }

                string? tag = (flags & HasTag) != 0 ? (ReadItem() as Symbol)?.Name : null;
                items.Add((tag, ReadItem()));

                flags = Int();
                switch ((Sexp)(flags & 0xFF))
                {
                    case Sexp.NilValue:
                        return new Pairs(items, null);
                    case Sexp.PairList or Sexp.Language or Sexp.Closure or Sexp.Promise or Sexp.Dots or Sexp.AttributedList or Sexp.AttributedLanguage:
                        continue;
                    default:
                        return new Pairs(items, ReadItem(flags));
                }
            }
        }

        private Vector ReadVector(Sexp type)
        {
            int length = Length();
            Array values = type switch
            {
                Sexp.Logical or Sexp.Integer => ReadMany(length, Int),
                Sexp.Real => ReadMany(length, Double),
                Sexp.Complex => ReadMany(length <= Array.MaxLength / 2 ? 2 * length : throw new InvalidDataException($"The R data holds a complex vector too long to read, {length}."), Double),
                Sexp.String => ReadMany(length, ReadString),
                Sexp.Raw => Bytes(length),
                _ => ReadMany(length, ReadItem),
            };
            return new Vector(type, values, length);
        }

        private string? ReadString()
        {
            object? item = ReadItem();
            return item is null or string ? (string?)item : throw new InvalidDataException($"A character vector of the R data holds {Describe(item)}.");
        }

        /// <summary>
        /// Reads <paramref name="count"/> values. The array grows as values arrive rather than being made at the length
        /// the file gives, so that a damaged length fails at the end of the data instead of asking for gigabytes.
        /// </summary>
        private static T[] ReadMany<T>(int count, Func<T> next)
        {
            var values = new T[Math.Min(count, 1 << 16)];
            for (int i = 0; i < count; i++)
            {
                if (i == values.Length)
                {
                    Array.Resize(ref values, (int)Math.Min(count, 2L * values.Length));
                }

                values[i] = next();
            }

            return values;
        }

        /// <summary>A string (CHARSXP): its length, -1 for NA, then its bytes, Latin-1 if flagged so, otherwise taken as UTF-8.</summary>
        private string? ReadChars(int flags)
        {
            const int Latin1 = 1 << 2;
            int length = Int();
            if (length == -1)
            {
                return null;
            }

            byte[] bytes = Bytes(length);
            return ((flags >> 12) & Latin1) != 0 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
        }

        /// <summary>
        /// An ALTREP object: R's compact or deferred form of a vector, written as its class, its state and its
        /// attributes. The classes of base R are expanded to the vector they stand for.
        /// </summary>
        private Vector ReadAltRep()
        {
            object? info = ReadItem();
            object? state = ReadItem();
            object? attributes = ReadItem();
            if (info is not Pairs { Items: [(_, Symbol altClass), (_, Symbol package), ..] })
            {
                throw new InvalidDataException("An ALTREP object of the R data does not name its class.");
            }

            Vector vector = (altClass.Name, state) switch
            {
                ("compact_intseq", Vector { Values: double[] and [var n, var first, var step] }) => Sequence(Sexp.Integer, n, first, step, x => (int)x),
                ("compact_realseq", Vector { Values: double[] and [var n, var first, var step] }) => Sequence(Sexp.Real, n, first, step, x => x),
                ("deferred_string", Pairs { Items: [(_, Vector numbers)] }) => DeferredStrings(numbers),
                (var name, Pairs { Items: [(_, Vector wrapped)] }) when name.StartsWith("wrap_", StringComparison.Ordinal) => wrapped,
                _ => throw new InvalidDataException($"The R data holds an ALTREP object of class {altClass.Name} (package {package.Name}), which this reader does not expand."),
            };
            return WithAttributes(vector, attributes);
        }

        /// <summary>A compact sequence, <c>first:(first + (n - 1) * step)</c>, written as its length, first value and step.</summary>
        private static Vector Sequence<T>(Sexp type, double n, double first, double step, Func<double, T> convert)
        {
            if (!(n >= 0 && n <= Array.MaxLength && n == Math.Floor(n)))
            {
                throw new InvalidDataException($"A compact sequence of the R data has an impossible length, {n.ToString(CultureInfo.InvariantCulture)}.");
            }

            var values = new T[(int)n];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = convert(first + (i * step));
            }

            return new Vector(type, values, values.Length);
        }

        /// <summary>The strings that <c>as.character</c> makes of numbers, written as the numbers themselves. Doubles are written to 15 digits, as R does, though not always in R's exponent form.</summary>
        private static Vector DeferredStrings(Vector numbers)
        {
            string?[] strings = numbers.Values switch
            {
                int[] integers => [.. integers.Select(i => i == RDataFrame.NA ? null : i.ToString(CultureInfo.InvariantCulture))],
                double[] doubles => [.. doubles.Select(FormatDouble)],
                _ => throw new InvalidDataException($"A deferred string vector of the R data stands for {Describe(numbers)}."),
            };
            return new Vector(Sexp.String, strings, strings.Length);
        }

        private static string? FormatDouble(double d) => d switch
        {
            double.PositiveInfinity => "Inf",
            double.NegativeInfinity => "-Inf",
            _ when double.IsNaN(d) => (BitConverter.DoubleToInt64Bits(d) & 0xFFFFFFFF) == 1954 ? null : "NaN", // R's NA is the NaN whose low word is 1954
            _ => d.ToString("G15", CultureInfo.InvariantCulture).Replace('E', 'e'),
        };

        private Vector WithAttributes(int flags, Vector vector) =>
            (flags & HasAttributes) != 0 ? WithAttributes(vector, ReadItem()) : vector;

        private static Vector WithAttributes(Vector vector, object? attributes)
        {
            if (attributes is not null and not Pairs)
            {
                throw new InvalidDataException($"The attributes of an R vector are {Describe(attributes)}, not a pairlist.");
            }

            vector.Attributes = (Pairs?)attributes ?? vector.Attributes;
            return vector;
        }

        private T SkipAttributes<T>(int flags, T value)
        {
            if ((flags & HasAttributes) != 0)
            {
                ReadItem();
            }

            return value;
        }

        /// <summary>A vector's length; R writes lengths of 2^31 and more as -1 and two more integers, and those are not read.</summary>
        private int Length()
        {
            int length = Int();
            return length >= 0 ? length : throw new InvalidDataException("The R data holds a long vector (2^31 elements or more), which this reader does not read.");
        }

        private int Int() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

        private double Double() => BinaryPrimitives.ReadDoubleBigEndian(Take(8));

        private byte[] Bytes(int count) =>
            count >= 0 ? ReadMany(count, () => Take(1)[0]) : throw new InvalidDataException($"The R data gives a negative length, {count}.");

        /// <summary>The next <paramref name="count"/> bytes (at most the buffer's size), read ahead in blocks.</summary>
        private ReadOnlySpan<byte> Take(int count)
        {
            if (end - position < count)
            {
                Fill(count);
            }

            var span = new ReadOnlySpan<byte>(buffer, position, count);
            position += count;
            return span;
        }

        private void Fill(int count)
        {
            int left = end - position;
            Buffer.BlockCopy(buffer, position, buffer, 0, left);
            position = 0;
            end = left;
            while (end < count)
            {
                int read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    throw new InvalidDataException("The R data ends in the middle of an object: the file is cut short.");
                }

                end += read;
            }
        }
    }
}

/// <summary>A data frame read from an R data file: its name, its rows and its columns' values.</summary>
internal sealed class RDataFrame
{
    /// <summary>R's missing integer (and logical), <c>NA</c>.</summary>
    internal const int NA = int.MinValue;

    private readonly Array[] values;

    private readonly string[] columns;

    internal RDataFrame(string name, int rowCount, string[] columns, Array[] values)
    {
        Name = name;
        RowCount = rowCount;
        this.columns = columns;
        this.values = values;
    }

    /// <summary>Gets the name the data frame was saved under.</summary>
    public string Name { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Gets the columns' names, in order.</summary>
    public IReadOnlyList<string> Columns => columns;

    /// <summary>
    /// Gets a column's values as integers: integer and logical columns as they are, doubles when they are whole; NA
    /// (and NaN) as <see cref="NA"/>, <see cref="int.MinValue"/>. A column of other numbers or of strings is an error.
    /// </summary>
    public int[] Integers(string column)
    {
        int index = Array.IndexOf(columns, column);
        return index < 0
            ? throw new ArgumentException($"'{Name}' has no column '{column}'.", nameof(column))
            : values[index] switch
            {
                int[] integers => (int[])integers.Clone(),
                double[] doubles => Whole(column, doubles),
                _ => throw new InvalidDataException($"Column '{column}' of '{Name}' holds strings, not numbers."),
            };
    }

    private int[] Whole(string column, double[] doubles)
    {
        var integers = new int[doubles.Length];
        for (int i = 0; i < doubles.Length; i++)
        {
            double d = doubles[i];
            integers[i] = double.IsNaN(d) ? NA
                : d == Math.Floor(d) && d > int.MinValue && d <= int.MaxValue ? (int)d
                : throw new InvalidDataException($"Column '{column}' of '{Name}' holds {d.ToString(CultureInfo.InvariantCulture)} in row {i + 1}, which is not a whole number an int can hold.");
        }

        return integers;
    }
}

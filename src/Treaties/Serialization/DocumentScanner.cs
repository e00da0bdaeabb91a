using System;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Treaties.Serialization;

/// <summary>
/// Reads a document once, token by token, before it is deserialized, and checks it against the format's
/// <see cref="DocumentShape"/>: well-formed JSON, the depth and string length limits, valid UTF-8 text, the JSON kind
/// of every value, unknown, repeated and missing fields. Each error says what was wrong in the terms of the format, at
/// the JSON path and the line and byte of the offending token, so that the serializer has nothing left to reject.
/// </summary>
/// <remarks>
/// Errors that stop the document from being read at all (not JSON, not UTF-8, over a limit) are thrown where they are
/// found. The first error of shape (a wrong kind, an unknown, repeated or missing field) is kept while the rest of the
/// document is read, and thrown at the end if nothing worse was found, so that a document that cannot be read is
/// reported as such first.
/// </remarks>
internal static class DocumentScanner
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Checks a whole document and returns it without its byte order mark; throws <see cref="TreatyDataException"/> at
    /// the first thing the format does not allow. What it accepts, the serializer reads.
    /// </summary>
    internal static ReadOnlySpan<byte> Scan(ReadOnlySpan<byte> utf8)
    {
        bool hadBom = utf8.StartsWith(Utf8Bom);
        if (hadBom)
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (utf8.Length > CatalogLimits.MaxBytes)
        {
            throw new TreatyDataException(null, null, null, null, $"The document has {utf8.Length} bytes, more than the limit of {CatalogLimits.MaxBytes}.");
        }

        if (utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            string holds = utf8.Length > 0 ? "only white space" : hadBom ? "only a byte order mark" : "no bytes";
            throw new TreatyDataException("$", null, null, null, $"The document is empty: it holds {holds}, where a catalog object was expected.");
        }

        new Walk(utf8, checking: true).Run();
        return utf8;
    }

    /// <summary>
    /// Returns an error found on the deserialized data, which has no positions, at the line of its value; or, for a
    /// field that is required there but left out, at the line of the object that lacks it.
    /// </summary>
    internal static TreatyDataException WithLine(ReadOnlySpan<byte> utf8, TreatyDataException e)
    {
        for (string? path = e.JsonPath; path is not null; path = Parent(path))
        {
            long offset = new Walk(utf8, checking: false).Find(path);
            if (offset >= 0)
            {
                return At(utf8, offset, e.JsonPath, e.Value, e.Rule!, e.InnerException);
            }
        }

        return e;
    }

    /// <summary>Returns the path one step up, such as <c>$.treaties[0]</c> for <c>$.treaties[0].signed</c>; null for <c>$</c>.</summary>
    private static string? Parent(string path)
    {
        int cut = path.AsSpan().LastIndexOfAny('.', '[');
        return cut > 0 ? path[..cut] : null;
    }

    /// <summary>Returns an exception at a byte offset, with the line and the byte position in the line counted from the text.</summary>
    private static TreatyDataException At(ReadOnlySpan<byte> utf8, long offset, string? path, string? value, string rule, Exception? inner = null)
    {
        ReadOnlySpan<byte> before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        int lines = before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new TreatyDataException(path, lines + 1, before.Length - lineStart, value, rule, inner);
    }

    /// <summary>One open object or array: where its path stands and, while checking, what it may hold.</summary>
    private struct Frame
    {
        internal bool IsArray;

        /// <summary>The index of the current element of an array; -1 before the first.</summary>
        internal int Index;

        /// <summary>The name of the current field of an object.</summary>
        internal string? Name;

        /// <summary>The fields of an object being checked; null when not checking.</summary>
        internal ObjectShape? Object;

        /// <summary>The current field of an object being checked; null when it is unknown.</summary>
        internal FieldShape? Field;

        /// <summary>The shape of the elements of an array being checked.</summary>
        internal ValueShape? Element;

        /// <summary>One bit for each field of <see cref="Object"/> met so far.</summary>
        internal ulong Seen;

        /// <summary>The byte offset of the opening brace or bracket.</summary>
        internal long Start;
    }

    /// <summary>What the JSON grammar allows next, for the message of a document that is not well-formed.</summary>
    private enum Expected
    {
        Value,
        ValueOrEndArray,
        FieldName,
        FieldNameOrEndObject,
        CommaOrEndArray,
        CommaOrEndObject,
        EndOfDocument,
    }

    private ref struct Walk
    {
        private readonly ReadOnlySpan<byte> _utf8;
        private readonly bool _checking;
        private Utf8JsonReader _reader;
        private Frame[] _frames = new Frame[8];
        private int _depth;
        private TreatyDataException? _firstShapeError;

        internal Walk(ReadOnlySpan<byte> utf8, bool checking)
        {
            _utf8 = utf8;
            _checking = checking;

            // One level more than the limit, so that the walk meets a too-deep token and says so in its own words.
            _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = CatalogLimits.MaxDepth + 1 });
        }

        private readonly bool CheckingShape => _checking && _firstShapeError is null;

        internal void Run()
        {
            JsonTokenType last = JsonTokenType.None;
            long consumed = 0;
            try
            {
                while (_reader.Read())
                {
                    Step();
                    last = _reader.TokenType;
                    consumed = _reader.BytesConsumed;
                }
            }
            catch (JsonException e)
            {
                throw Malformed(e, last, consumed);
            }

            if (_firstShapeError is not null)
            {
                throw _firstShapeError;
            }
        }

        /// <summary>Returns the byte offset of the value at a JSON path, as the reader writes paths, or -1 when no value has it.</summary>
        internal long Find(string path)
        {
            var current = new StringBuilder();
            while (_reader.Read())
            {
                long start = _reader.TokenStartIndex;
                bool isValue = _reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray);
                Step();
                if (isValue)
                {
                    // A container is pushed by now; its own path is that of the frame below it.
                    bool opened = _reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                    current.Clear();
                    AppendPath(current, opened ? _depth - 1 : _depth);
                    if (current.Equals(path.AsSpan()))
                    {
                        return start;
                    }
                }
            }

            return -1;
        }

        private void Step()
        {
            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    Open();
                    break;
                case JsonTokenType.EndObject:
                    CloseObject();
                    break;
                case JsonTokenType.EndArray:
                    _depth--;
                    break;
                case JsonTokenType.PropertyName:
                    Field();
                    break;
                default:
                    (ValueShape? shape, bool allowsNull) = NextValue();
                    if (_reader.TokenType == JsonTokenType.String && _checking)
                    {
                        CheckText();
                    }

                    CheckKind(shape, allowsNull);
                    break;
            }
        }

        /// <summary>Moves to the next value: the next element of an array, or the value of the current field.</summary>
        private (ValueShape? Shape, bool AllowsNull) NextValue()
        {
            if (_depth == 0)
            {
                return (CheckingShape ? DocumentShape.Root : null, false);
            }

            ref Frame top = ref _frames[_depth - 1];
            if (top.IsArray)
            {
                top.Index++;
                return (top.Element, false);
            }

            return (top.Field?.Value, top.Field?.AllowsNull ?? true);
        }

        private void Open()
        {
            (ValueShape? shape, bool allowsNull) = NextValue();
            CheckKind(shape, allowsNull);
            if (_checking && _reader.CurrentDepth >= CatalogLimits.MaxDepth)
            {
                throw Error(_reader.TokenStartIndex, null, $"The nesting depth of objects and arrays is over the limit of {CatalogLimits.MaxDepth}.");
            }

            if (_depth == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            bool isArray = _reader.TokenType == JsonTokenType.StartArray;
            bool checking = CheckingShape && shape is not null;
            _frames[_depth++] = new Frame
            {
                IsArray = isArray,
                Index = -1,
                Object = checking && !isArray ? shape!.Object : null,
                Element = checking && isArray ? shape!.Element : null,
                Start = _reader.TokenStartIndex,
            };
        }

        private void CloseObject()
        {
            Frame closed = _frames[--_depth];
            ulong missing = closed.Object is null ? 0 : closed.Object.RequiredFields & ~closed.Seen;
            if (missing != 0 && CheckingShape)
            {
                var names = new StringBuilder();
                for (int i = 0; i < closed.Object!.Fields.Length; i++)
                {
                    if ((missing & (1UL << i)) != 0)
                    {
                        names.Append(names.Length == 0 ? "'" : ", '").Append(closed.Object.Fields[i].Name).Append('\'');
                    }
                }

                string noun = closed.Object.Noun;
                ShapeError(closed.Start, null, $"{char.ToUpperInvariant(noun[0])}{noun[1..]} is missing required fields: {names}.");
            }
        }

        private void Field()
        {
            ref Frame top = ref _frames[_depth - 1];
            if (_checking)
            {
                CheckText();
            }

            if (!CheckingShape || top.Object is null)
            {
                top.Name = _reader.GetString();
                top.Field = null;
                return;
            }

            FieldShape[] fields = top.Object.Fields;
            int index = 0;
            while (index < fields.Length && !_reader.ValueTextEquals(fields[index].Utf8Name))
            {
                index++;
            }

            if (index == fields.Length)
            {
                top.Name = _reader.GetString();
                top.Field = null;
                ShapeError(_reader.TokenStartIndex, top.Name, $"The field is not part of the format for {top.Object.Noun}; check its spelling.");
                return;
            }

            top.Name = fields[index].Name;
            top.Field = fields[index];
            if ((top.Seen & (1UL << index)) != 0)
            {
                ShapeError(_reader.TokenStartIndex, top.Name, $"The key '{top.Name}' appears twice in one object; each key may appear once.");
            }

            top.Seen |= 1UL << index;
        }

        /// <summary>Checks a string or a field name: within the length limit, and text that reads as UTF-16 without loss.</summary>
        private readonly void CheckText()
        {
            ReadOnlySpan<byte> raw = _reader.ValueSpan;
            if (raw.Length > CatalogLimits.MaxStringLength)
            {
                throw Error(_reader.TokenStartIndex, null, $"A string of {raw.Length} bytes is longer than the limit of {CatalogLimits.MaxStringLength}.");
            }

            if (!Utf8.IsValid(raw))
            {
                throw Error(_reader.TokenStartIndex, null, "The string is not valid UTF-8 text.");
            }

            if (_reader.ValueIsEscaped && !Unescapes(_reader))
            {
                throw Error(_reader.TokenStartIndex, null, "The string escapes half of a surrogate pair (\\uD800 to \\uDFFF) without the other half.");
            }
        }

        private static bool Unescapes(Utf8JsonReader reader)
        {
            try
            {
                reader.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Checks that the current value has the JSON kind its place in the format asks for.</summary>
        private void CheckKind(ValueShape? shape, bool allowsNull)
        {
            if (shape is null || !CheckingShape)
            {
                return;
            }

            JsonTokenType token = _reader.TokenType;
            bool fits = token switch
            {
                JsonTokenType.Null => allowsNull,
                JsonTokenType.StartObject => shape.Kind == ValueKind.Object,
                JsonTokenType.StartArray => shape.Kind == ValueKind.Array,
                JsonTokenType.String => shape.Kind == ValueKind.String,
                JsonTokenType.Number => shape.Kind == ValueKind.Integer,
                _ => shape.Kind == ValueKind.Boolean,
            };
            if (!fits)
            {
                ShapeError(_reader.TokenStartIndex, ValueText(), $"The value must be {shape.Description}, not {Found(token)}.");
            }
            else if (token == JsonTokenType.Number && !_reader.TryGetInt32(out _))
            {
                ShapeError(
                    _reader.TokenStartIndex, ValueText(), $"The value must be a whole number from {int.MinValue} to {int.MaxValue}.");
            }
        }

        private static string Found(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };

        /// <summary>Returns the current scalar as the user wrote it, for <see cref="TreatyDataException.Value"/>; null for a container.</summary>
        private readonly string? ValueText() => _reader.TokenType switch
        {
            JsonTokenType.String => _reader.GetString(),
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => Encoding.UTF8.GetString(_reader.ValueSpan),
            _ => null,
        };

        private void ShapeError(long offset, string? value, string rule) => _firstShapeError ??= Error(offset, value, rule);

        private readonly TreatyDataException Error(long offset, string? value, string rule, Exception? inner = null)
        {
            var path = new StringBuilder();
            AppendPath(path, _depth);
            return At(_utf8, offset, path.ToString(), value, rule, inner);
        }

        /// <summary>Writes the JSON path through the first <paramref name="frames"/> frames, such as <c>$.treaties[0].memberships[3]</c>.</summary>
        private readonly void AppendPath(StringBuilder path, int frames)
        {
            path.Append('$');
            for (int i = 0; i < frames; i++)
            {
                Frame frame = _frames[i];
                if (frame.IsArray && frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index).Append(']');
                }
                else if (frame.IsArray || frame.Name is null)
                {
                    break;
                }
                else if (IsPlainName(frame.Name))
                {
                    path.Append('.').Append(frame.Name);
                }
                else
                {
                    path.Append("['").Append(frame.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        private static bool IsPlainName(string name)
        {
            foreach (char c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
                {
                    return false;
                }
            }

            return name.Length > 0;
        }

        /// <summary>
        /// Describes a document that is not well-formed JSON from what the walk knows: the last token read, the open
        /// objects and arrays, and the byte at the reader's error position, found from its line and byte numbers.
        /// </summary>
        private TreatyDataException Malformed(JsonException e, JsonTokenType last, long consumed)
        {
            long error = OffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            Expected expected = last switch
            {
                JsonTokenType.None or JsonTokenType.PropertyName => Expected.Value,
                JsonTokenType.StartObject => Expected.FieldNameOrEndObject,
                JsonTokenType.StartArray => Expected.ValueOrEndArray,
                _ when _depth == 0 => Expected.EndOfDocument,
                _ => _frames[_depth - 1].IsArray ? Expected.CommaOrEndArray : Expected.CommaOrEndObject,
            };

            // The reader takes a comma, and a field name with its colon, together with the token that follows; so the
            // token that broke starts after them.
            int next = SkipWhiteSpace(consumed);
            bool afterComma = expected is Expected.CommaOrEndArray or Expected.CommaOrEndObject && next < _utf8.Length && _utf8[next] == (byte)',';
            if (afterComma)
            {
                next = SkipWhiteSpace(next + 1);
                expected = expected == Expected.CommaOrEndArray ? Expected.Value : Expected.FieldName;
            }

            if (expected is Expected.Value or Expected.ValueOrEndArray && _depth > 0 && _frames[_depth - 1].IsArray)
            {
                _frames[_depth - 1].Index++;
                _frames[_depth - 1].Name = null;
            }
            else if (expected is Expected.FieldName or Expected.FieldNameOrEndObject)
            {
                _frames[_depth - 1].Name = null;
            }

            (long at, string problem) = Problem(error, next, expected, afterComma);
            return Error(at, null, $"The document is not well-formed JSON: {problem}.", e);
        }

        private readonly (long At, string Problem) Problem(long error, int next, Expected expected, bool afterComma)
        {
            if (next >= _utf8.Length)
            {
                return (_utf8.Length, EndsEarly());
            }

            byte first = _utf8[next];
            if (error <= next)
            {
                string problem = $"found {Describe(next)} where {Words(expected)} was expected";
                if (afterComma && first is (byte)'}' or (byte)']')
                {
                    problem += "; a comma may not come before a closing bracket";
                }

                return (next, problem);
            }

            // The token that starts at next broke inside, or, for a field name, what follows it is not a colon.
            if (first == (byte)'"' && expected is Expected.FieldName or Expected.FieldNameOrEndObject && StringEnd(next) is int end && end < error)
            {
                return (error, error >= _utf8.Length ? EndsEarly() : $"found {Describe((int)error)} after the field name where ':' was expected");
            }

            if (first == (byte)'"')
            {
                if (error >= _utf8.Length)
                {
                    return (next, "it ends inside a string that is not closed");
                }

                byte inside = _utf8[(int)error];
                return inside < 0x20
                    ? (next, $"a string holds the control character 0x{inside:X2}, which must be written escaped, such as \\n or \\t")
                    : (next, "a string holds an escape sequence that JSON does not have; write \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits");
            }

            if (error >= _utf8.Length)
            {
                return (_utf8.Length, EndsEarly());
            }

            if (first == (byte)'-' || char.IsAsciiDigit((char)first))
            {
                return (next, $"'{Token(next)}' is not a JSON number");
            }

            if (first is (byte)'t' or (byte)'f' or (byte)'n')
            {
                return (next, $"'{Token(next)}' is not a JSON literal; the literals are true, false and null");
            }

            return (error, $"found {Describe((int)error)} where {Words(expected)} was expected");
        }

        private readonly string EndsEarly() => _depth switch
        {
            0 => "it ends too early",
            1 => "it ends too early, with 1 object or array not closed",
            _ => $"it ends too early, with {_depth} objects or arrays not closed",
        };

        private static string Words(Expected expected) => expected switch
        {
            Expected.Value => "a value",
            Expected.ValueOrEndArray => "a value or ']'",
            Expected.FieldName => "a field name in double quotes",
            Expected.FieldNameOrEndObject => "a field name in double quotes or '}'",
            Expected.CommaOrEndArray => "',' or ']'",
            Expected.CommaOrEndObject => "',' or '}'",
            _ => "the end of the document",
        };

        /// <summary>Names the byte at an offset for a message: the character where it is printable ASCII.</summary>
        private readonly string Describe(int offset)
        {
            byte b = _utf8[offset];
            if (offset == 0 && _utf8.Length >= 2 && ((b == 0xFF && _utf8[1] == 0xFE) || (b == 0xFE && _utf8[1] == 0xFF)))
            {
                return "a UTF-16 byte order mark (the format is UTF-8)";
            }

            return b switch
            {
                0 => "a zero byte (UTF-16 or UTF-32 text? the format is UTF-8)",
                >= 0x20 and < 0x7F => $"'{(char)b}'",
                _ => $"the byte 0x{b:X2}",
            };
        }

        /// <summary>Returns the letters, digits and signs of a broken number or literal, for the message.</summary>
        private readonly string Token(int start)
        {
            int end = start;
            while (end < _utf8.Length && end - start < 24 && (char.IsAsciiLetterOrDigit((char)_utf8[end]) || _utf8[end] is (byte)'-' or (byte)'+' or (byte)'.'))
            {
                end++;
            }

            return Encoding.ASCII.GetString(_utf8[start..Math.Max(end, start + 1)]);
        }

        /// <summary>Returns the offset of the quote that closes the string opening at <paramref name="start"/>, or null.</summary>
        private readonly int? StringEnd(int start)
        {
            for (int i = start + 1; i < _utf8.Length; i++)
            {
                if (_utf8[i] == (byte)'\\')
                {
                    i++;
                }
                else if (_utf8[i] == (byte)'"')
                {
                    return i;
                }
            }

            return null;
        }

        private readonly int SkipWhiteSpace(long from)
        {
            int i = (int)Math.Min(from, _utf8.Length);
            while (i < _utf8.Length && _utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            return i;
        }

        /// <summary>Turns the reader's line (counted from 0, at each line feed) and byte in that line into an offset.</summary>
        private readonly long OffsetOf(long line, long byteInLine)
        {
            int start = 0;
            for (long i = 0; i < line; i++)
            {
                int feed = _utf8[start..].IndexOf((byte)'\n');
                if (feed < 0)
                {
                    return _utf8.Length;
                }

                start += feed + 1;
            }

            return Math.Min(start + byteInLine, _utf8.Length);
        }
    }
}

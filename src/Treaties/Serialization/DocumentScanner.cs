using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Treaties.Serialization;

/// <summary>
/// Reads a document once, token by token, before it is deserialized, to enforce what the serializer does not:
/// no duplicate keys in an object, the depth limit and the string length limit. Errors carry the JSON path and the
/// line and byte position.
/// </summary>
internal static class DocumentScanner
{
    internal static void Scan(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = CatalogLimits.MaxDepth });
        var path = new JsonPathTracker();
        var keys = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        path.BeforeValue();
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        path.Push(isArray: false);
                        break;
                    case JsonTokenType.StartArray:
                        path.BeforeValue();
                        path.Push(isArray: true);
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        path.Pop();
                        break;
                    case JsonTokenType.EndArray:
                        path.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        CheckLength(ref reader, utf8, path);
                        string name = reader.GetString()!;
                        path.Property(name);
                        if (!keys.Peek().Add(name))
                        {
                            throw At(utf8, reader.TokenStartIndex, path.ToString(), name, $"The key '{name}' appears twice in one object; each key may appear once.");
                        }

                        break;
                    case JsonTokenType.String:
                        path.BeforeValue();
                        CheckLength(ref reader, utf8, path);
                        break;
                    default:
                        path.BeforeValue();
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new TreatyDataException(
                path.ToString(), (e.LineNumber ?? 0) + 1, e.BytePositionInLine, null, "The document is not well-formed JSON: " + WithoutPosition(e.Message), e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString reports text that is not valid UTF-8 this way.
            throw At(utf8, reader.TokenStartIndex, path.ToString(), null, "The document is not valid UTF-8 text: " + e.Message);
        }
    }

    private static string WithoutPosition(string message)
    {
        int cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Returns an exception at a byte offset, with the line and the byte position in the line counted from the text.</summary>
    internal static TreatyDataException At(ReadOnlySpan<byte> utf8, long offset, string? path, string? value, string rule)
    {
        ReadOnlySpan<byte> before = utf8[..(int)Math.Min(offset, utf8.Length)];
        int lines = before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new TreatyDataException(path, lines + 1, before.Length - lineStart, value, rule);
    }

    private static void CheckLength(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, JsonPathTracker path)
    {
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > CatalogLimits.MaxStringLength)
        {
            throw At(utf8, reader.TokenStartIndex, path.ToString(), null, $"A string of {length} bytes is longer than the limit of {CatalogLimits.MaxStringLength}.");
        }
    }

    /// <summary>Follows the JSON path of the current token, such as <c>$.treaties[0].memberships[3]</c>.</summary>
    private sealed class JsonPathTracker
    {
        private readonly List<(bool IsArray, int Index, string? Name)> _frames = [];

        internal void Push(bool isArray) => _frames.Add((isArray, -1, null));

        internal void Pop() => _frames.RemoveAt(_frames.Count - 1);

        internal void Property(string name) => _frames[^1] = (false, -1, name);

        /// <summary>Moves an array frame to its next element.</summary>
        internal void BeforeValue()
        {
            if (_frames.Count > 0 && _frames[^1].IsArray)
            {
                _frames[^1] = (true, _frames[^1].Index + 1, null);
            }
        }

        public override string ToString()
        {
            var text = new System.Text.StringBuilder("$");
            foreach ((bool isArray, int index, string? name) in _frames)
            {
                if (isArray && index >= 0)
                {
                    text.Append('[').Append(index).Append(']');
                }
                else if (name is not null)
                {
                    text.Append('.').Append(name);
                }
            }

            return text.ToString();
        }
    }
}

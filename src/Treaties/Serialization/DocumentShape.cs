using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Treaties.Serialization;

/// <summary>The JSON kinds the format uses for a value.</summary>
internal enum ValueKind
{
    /// <summary>A number that is a whole number and fits in 32 bits.</summary>
    Integer,

    /// <summary>A string.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An array whose elements all have one shape.</summary>
    Array,

    /// <summary>An object with known fields.</summary>
    Object,
}

/// <summary>What the format allows for one value: its JSON kind and, for arrays and objects, what they hold.</summary>
internal sealed class ValueShape
{
    internal ValueShape(ValueKind kind, ValueShape? element = null, ObjectShape? obj = null)
    {
        Kind = kind;
        Element = element;
        Object = obj;
        Description = kind switch
        {
            ValueKind.Integer => "a whole number",
            ValueKind.String => "a string",
            ValueKind.Boolean => "true or false",
            ValueKind.Array => "an array of " + element!.Plural,
            _ => "an object",
        };
    }

    internal ValueKind Kind { get; }

    /// <summary>Gets the shape of every element of an array.</summary>
    internal ValueShape? Element { get; }

    /// <summary>Gets the fields of an object.</summary>
    internal ObjectShape? Object { get; }

    /// <summary>Gets the kind in words for a message, such as "a string" or "an array of objects".</summary>
    internal string Description { get; }

    private string Plural => Kind switch
    {
        ValueKind.Integer => "whole numbers",
        ValueKind.String => "strings",
        ValueKind.Boolean => "true or false values",
        ValueKind.Array => "arrays",
        _ => "objects",
    };
}

/// <summary>One field of an object: its JSON name, whether it is required, and the shape of its value.</summary>
internal sealed class FieldShape(string name, bool required, bool allowsNull, ValueShape value)
{
    internal string Name { get; } = name;

    internal byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    internal bool Required { get; } = required;

    /// <summary>Gets whether <c>null</c> is read as a field left out: only for optional fields of a nullable type.</summary>
    internal bool AllowsNull { get; } = allowsNull;

    internal ValueShape Value { get; } = value;
}

/// <summary>The fields of one kind of object, and its name in messages, such as "a treaty".</summary>
internal sealed class ObjectShape
{
    internal ObjectShape(string noun, FieldShape[] fields)
    {
        Noun = noun;
        Fields = fields;
        for (int i = 0; i < fields.Length; i++)
        {
            if (fields[i].Required)
            {
                RequiredFields |= 1UL << i;
            }
        }
    }

    /// <summary>Gets the object's name with its article, such as "a treaty" or "the document".</summary>
    internal string Noun { get; }

    internal FieldShape[] Fields { get; }

    /// <summary>Gets one bit for each required field, by its index in <see cref="Fields"/>.</summary>
    internal ulong RequiredFields { get; }
}

/// <summary>
/// The shape of a catalog document, read once from the serializer's own metadata for the DTOs, so that the loader
/// can check a document token by token against exactly what the serializer will accept, and name what is wrong in
/// the terms of the format: JSON kinds and field names, never the types behind them.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The names of the objects of the format, for messages. Every DTO the document can hold has one.</summary>
    private static readonly Dictionary<Type, string> Nouns = new()
    {
        [typeof(CatalogDto)] = "the document",
        [typeof(SourceDto)] = "a source",
        [typeof(StateDto)] = "a state",
        [typeof(PlaceDto)] = "a place",
        [typeof(TreatyDto)] = "a treaty",
        [typeof(DatedDto)] = "a dated fact",
        [typeof(AlternativeDto)] = "an alternative date",
        [typeof(DocumentDto)] = "a treaty document",
        [typeof(MembershipDto)] = "a membership",
        [typeof(ParticipationDto)] = "a participation change",
        [typeof(ObserverDto)] = "an observer period",
        [typeof(ClauseDto)] = "a clause",
        [typeof(ScopeDto)] = "a geographic scope",
        [typeof(ScopeRuleDto)] = "a scope rule",
        [typeof(InvocationDto)] = "an invocation or request",
        [typeof(OrganizationDto)] = "an organization",
        [typeof(SuspensionDto)] = "a suspension",
        [typeof(PendingTreatyDto)] = "a pending treaty",
        [typeof(CowCodeDto)] = "a COW code",
        [typeof(LocalNameDto)] = "a name in a language",
    };

    /// <summary>Gets the shape of the whole document: an object, never null.</summary>
    internal static ValueShape Root { get; } = Of(typeof(CatalogDto), new Dictionary<Type, ValueShape>());

    private static ValueShape Of(Type type, Dictionary<Type, ValueShape> done)
    {
        if (type == typeof(string))
        {
            return new ValueShape(ValueKind.String);
        }

        if (type == typeof(int) || type == typeof(int?))
        {
            return new ValueShape(ValueKind.Integer);
        }

        if (type == typeof(bool) || type == typeof(bool?))
        {
            return new ValueShape(ValueKind.Boolean);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return new ValueShape(ValueKind.Array, element: Of(type.GetGenericArguments()[0], done));
        }

        if (done.TryGetValue(type, out ValueShape? known))
        {
            return known;
        }

        JsonTypeInfo? info = CatalogJsonContext.Default.GetTypeInfo(type);
        if (info is null || info.Kind != JsonTypeInfoKind.Object || !Nouns.TryGetValue(type, out string? noun))
        {
            throw new InvalidOperationException($"The data format has no shape for {type}; add it to {nameof(DocumentShape)}.");
        }

        if (info.Properties.Count > 64)
        {
            throw new InvalidOperationException($"{type} has more than 64 fields; {nameof(ObjectShape)} keeps them in one word.");
        }

        var fields = new FieldShape[info.Properties.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            JsonPropertyInfo property = info.Properties[i];
            bool nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            fields[i] = new FieldShape(property.Name, property.IsRequired, nullable && !property.IsRequired, Of(property.PropertyType, done));
        }

        var shape = new ValueShape(ValueKind.Object, obj: new ObjectShape(noun, fields));
        done.Add(type, shape);
        return shape;
    }
}

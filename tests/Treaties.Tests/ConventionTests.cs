using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace Treaties.Tests;

/// <summary>Rules that hold for the whole public surface of the library, in the manner of NodaTime's convention tests.</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(TreatyCatalog).Assembly;

    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes()];

    /// <summary>Builders are mutable by design; everything they build is checked.</summary>
    private static bool IsBuilder(Type type) => type.Name.EndsWith("Builder", StringComparison.Ordinal);

    public static TheoryData<string> ModelTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in PublicTypes.Where(t => !t.IsEnum && !IsBuilder(t) && !typeof(Delegate).IsAssignableFrom(t)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_IsImmutable(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // An init accessor sets a value while the object is made, and never after: it is immutable as a constructor is.
        string[] setters = [.. type.GetProperties(declared)
            .Where(p => p.SetMethod is { IsPrivate: false } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name)];
        string[] mutableFields = [.. type.GetFields(declared).Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains("k__BackingField", StringComparison.Ordinal)).Select(f => f.Name)];

        Assert.True(setters.Length == 0, $"{type.Name} has settable properties: {string.Join(", ", setters)}");
        Assert.True(mutableFields.Length == 0, $"{type.Name} has fields that are not readonly: {string.Join(", ", mutableFields)}");
        Assert.True(type.IsValueType || type.IsSealed || type.IsAbstract, $"{type.Name} must be sealed (or abstract with a private protected constructor).");
    }

    [Fact]
    public void PublicApi_ExposesNoMutableCollection()
    {
        Type[] mutable = [typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(HashSet<>), typeof(ISet<>)];
        var offenders = new List<string>();
        foreach (Type type in PublicTypes)
        {
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                Type? exposed = member switch
                {
                    PropertyInfo p => p.PropertyType,
                    MethodInfo m => m.ReturnType,
                    FieldInfo f => f.FieldType,
                    _ => null,
                };
                if (exposed is null)
                {
                    continue;
                }

                bool isMutable = exposed.IsArray
                    || (exposed.IsGenericType && mutable.Contains(exposed.GetGenericTypeDefinition()))
                    || (exposed != typeof(string) && typeof(IList).IsAssignableFrom(exposed) && !exposed.IsInterface);
                if (isMutable)
                {
                    offenders.Add($"{type.Name}.{member.Name}: {exposed.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicMembers_AreAllDocumented()
    {
        string xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"The XML documentation {xmlPath} is missing.");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 0 || m.Element("inheritdoc") is not null)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (Type type in PublicTypes)
        {
            if (!documented.Contains("T:" + type.FullName))
            {
                missing.Add(type.FullName!);
            }

            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsAccessorOrEnumValue(member, type))
                {
                    continue;
                }

                string prefix = member switch
                {
                    PropertyInfo => "P:",
                    MethodInfo => "M:",
                    ConstructorInfo => "M:",
                    FieldInfo => "F:",
                    _ => string.Empty,
                };
                if (prefix.Length == 0)
                {
                    continue;
                }

                string name = type.FullName + "." + (member is ConstructorInfo ? "#ctor" : member.Name);
                if (!documented.Any(d => d.StartsWith(prefix + name, StringComparison.Ordinal)))
                {
                    missing.Add(prefix + name);
                }
            }
        }

        Assert.Empty(missing);
    }

    /// <summary>
    /// Dates that need no record twin: the records themselves (a recorded date and an alternative carry their own
    /// sources), the day a query asked about, the plain values of <see cref="DateRange"/> (the periods that hold one
    /// have the records), a source's own publication date, and the day the catalog's data was checked.
    /// </summary>
    private static readonly string[] DatesWithoutRecords =
    [
        "RecordedDate.Date", "AlternativeDate.Date", "StateRelationship.Date", "DateRange.Start", "DateRange.End", "Source.Date", "TreatyCatalog.AsOf",
    ];

    [Fact]
    public void EveryDatedFact_HasItsRecordTwin_OfTheSameNullability()
    {
        // The one way to a fact's sources: a LocalDate property X has a RecordedDate property XRecord, and X is XRecord.Date.
        var missing = new List<string>();
        foreach (Type type in PublicTypes)
        {
            foreach (PropertyInfo date in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                bool nullable = date.PropertyType == typeof(NodaTime.LocalDate?);
                if ((date.PropertyType != typeof(NodaTime.LocalDate) && !nullable) || DatesWithoutRecords.Contains($"{type.Name}.{date.Name}"))
                {
                    continue;
                }

                PropertyInfo? record = type.GetProperty(date.Name + "Record");
                NullabilityInfo? recordNullability = record is null ? null : new NullabilityInfoContext().Create(record);
                if (record?.PropertyType != typeof(RecordedDate) || (recordNullability!.ReadState == NullabilityState.Nullable) != nullable)
                {
                    missing.Add($"{type.Name}.{date.Name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static bool IsAccessorOrEnumValue(MemberInfo member, Type type) =>
        member is MethodInfo { IsSpecialName: true } m && !m.Name.StartsWith("op_", StringComparison.Ordinal)
        || (type.IsEnum && member is FieldInfo { IsSpecialName: true })
        || (member is MethodInfo method && method.DeclaringType != type);
}

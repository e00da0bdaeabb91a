using System;
using System.IO;
using System.Text;
using Xunit;

namespace Treaties.Tests;

/// <summary>One bad document per rule: each is rejected whole, with the place, the value and the rule in the message.</summary>
public class LoadValidationTests
{
    /// <summary>A small valid document; each test breaks it in one place.</summary>
    private const string Valid = """
        {
          "formatVersion": 1,
          "sources": [ { "id": "s", "title": "T", "publisher": "P", "url": "https://example.org/t", "kind": "official" } ],
          "states": [
            { "code": "FIN", "alpha2": "FI", "name": "Finland" },
            { "code": "SWE", "alpha2": "SE", "name": "Sweden" }
          ],
          "treaties": [
            {
              "id": "PACT",
              "name": "Pact",
              "aliases": ["P1"],
              "signed": { "date": "2000-01-01", "sources": ["s"] },
              "enteredIntoForce": { "date": "2000-06-01", "sources": ["s"] },
              "memberships": [
                { "state": "FIN", "start": { "date": "2000-06-01", "sources": ["s"] }, "end": { "date": "2010-01-01", "sources": ["s"] } },
                { "state": "SWE", "start": { "date": "2000-06-01", "sources": ["s"] },
                  "participation": [ { "status": "frozen", "from": { "date": "2005-01-01", "sources": ["s"] } } ] }
              ],
              "clauses": [ { "kind": "mutualDefence", "article": "Article 1", "summary": "Defend.", "obligation": "actionDeemedNecessary" } ]
            }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidDocument_Loads()
    {
        TreatyCatalog catalog = TreatyCatalog.Parse(Valid);

        Assert.True(catalog.GetTreaty("P1").IsMember("SWE", new NodaTime.LocalDate(2006, 1, 1)));
        Assert.Equal("s", Assert.Single(catalog.Sources).Id);
    }

    [Fact]
    public void Load_MalformedJson_NamesLineAndByte()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"name\": \"Sweden\" }", "\"name\": \"Sweden\" ", StringComparison.Ordinal));

        Assert.NotNull(ex.LineNumber);
        Assert.Contains("not well-formed JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_NamesPath()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"", StringComparison.Ordinal));
        Assert.Equal("$.formatVersion", ex.JsonPath);
    }

    [Fact]
    public void Load_MissingRequiredField_SaysWhich()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"name\": \"Pact\",", string.Empty, StringComparison.Ordinal));
        Assert.Contains("name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("A treaty is missing required fields: 'name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_IsRejectedNotDropped()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"alpha2\": \"FI\"", "\"alpah2\": \"FI\"", StringComparison.Ordinal));
        Assert.Equal("$.states[0].alpah2", ex.JsonPath);
        Assert.Contains("not part of the format for a state", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ImpossibleDate_NamesPathValueAndRule()
    {
        TreatyDataException ex = Rejected(Valid.Replace("2005-01-01", "2023-02-30", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].memberships[1].participation[0].from.date", ex.JsonPath);
        Assert.Equal("2023-02-30", ex.Value);
        Assert.Contains("real calendar day written yyyy-MM-dd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EndNotAfterStart_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("2010-01-01", "2000-06-01", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].memberships[0]", ex.JsonPath);
        Assert.Contains("must be after the start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingPeriodsOfOneState_AreRejected()
    {
        string overlapping = Valid.Replace(
            "{ \"state\": \"SWE\", \"start\"",
            "{ \"state\": \"FIN\", \"start\": { \"date\": \"2009-01-01\", \"sources\": [\"s\"] } },\n { \"state\": \"SWE\", \"start\"",
            StringComparison.Ordinal);
        TreatyDataException ex = Rejected(overlapping);

        Assert.Equal("$.treaties[0].memberships[1]", ex.JsonPath);
        Assert.Contains("overlaps", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodBeforeEntryIntoForce_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"enteredIntoForce\": { \"date\": \"2000-06-01\"", "\"enteredIntoForce\": { \"date\": \"2000-06-02\"", StringComparison.Ordinal));
        Assert.Contains("before the treaty entered into force", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodAfterTreatyEnded_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"memberships\"", "\"terminated\": { \"date\": \"2008-01-01\" },\n \"memberships\"", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].terminated", ex.JsonPath);
        Assert.Contains("the treaty ended on 2008-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParticipationChangeOutsideMembership_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("2005-01-01", "1999-01-01", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].memberships[1]", ex.JsonPath);
        Assert.Contains("falls outside the membership", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStateCode_NamesIt()
    {
        TreatyDataException ex = Rejected(Valid.Replace("{ \"state\": \"SWE\"", "{ \"state\": \"XYZ\"", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].memberships[1].state", ex.JsonPath);
        Assert.Equal("XYZ", ex.Value);
    }

    [Fact]
    public void Load_DuplicateStateCode_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"code\": \"SWE\"", "\"code\": \"FIN\"", StringComparison.Ordinal));

        Assert.Equal("$.states[1].code", ex.JsonPath);
        Assert.Contains("already added", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasDuplicatingId_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("[\"P1\"]", "[\"P1\", \"pact\"]", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].aliases[1]", ex.JsonPath);
        Assert.Contains("ids and aliases must be unique", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateTreatyId_IsRejected()
    {
        string twice = Valid.Replace("\"treaties\": [", "\"treaties\": [ { \"id\": \"Pact\", \"name\": \"First\", \"signed\": { \"date\": \"2000-01-01\" }, \"enteredIntoForce\": { \"date\": \"2000-01-01\" } },", StringComparison.Ordinal);
        TreatyDataException ex = Rejected(twice);

        Assert.Equal("$.treaties[1]", ex.JsonPath);
        Assert.Equal("PACT", ex.Value);
        Assert.Contains("already names the treaty Pact", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKey_IsRejectedWithPosition()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"name\": \"Pact\",", "\"name\": \"Pact\", \"name\": \"Other\",", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].name", ex.JsonPath);
        Assert.NotNull(ex.LineNumber);
        Assert.Contains("appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSourceId_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"date\": \"2000-01-01\", \"sources\": [\"s\"]", "\"date\": \"2000-01-01\", \"sources\": [\"t\"]", StringComparison.Ordinal));

        Assert.Equal("$.treaties[0].signed.sources[0]", ex.JsonPath);
        Assert.Equal("t", ex.Value);
    }

    [Fact]
    public void Load_OtherFormatVersion_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal));
        Assert.Contains("format version 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownEnumValue_ListsAllowedValues()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"frozen\"", "\"paused\"", StringComparison.Ordinal));
        Assert.Contains("full, outsideIntegratedCommand, frozen, suspended", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeeperThanLimit_IsRejected()
    {
        string deep = Valid.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"x\": " + new string('[', 40) + new string(']', 40) + ",", StringComparison.Ordinal);
        TreatyDataException ex = Rejected(deep);
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_LargerThanLimit_IsRejectedBeforeParsing()
    {
        using var huge = new MemoryStream(new byte[(16 * 1024 * 1024) + 16]);

        var ex = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Load(huge));
        Assert.Contains("limit of 16777216 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StringLongerThanLimit_IsRejected()
    {
        TreatyDataException ex = Rejected(Valid.Replace("\"Defend.\"", "\"" + new string('x', 70_000) + "\"", StringComparison.Ordinal));
        Assert.Contains("longer than the limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyDocument_IsRejected() => Rejected(string.Empty);

    [Fact]
    public void Load_NullDocument_IsRejected() => Assert.Equal("$", Rejected("null").JsonPath);

    [Fact]
    public void Load_Utf8Bom_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)];
        Assert.Equal(2, TreatyCatalog.Load(new MemoryStream(bytes)).States.Count);
    }

    [Fact]
    public void Load_Utf16Text_IsRejectedAsData()
    {
        var ex = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Load(new MemoryStream(Encoding.Unicode.GetBytes(Valid))));
        Assert.Contains("not well-formed JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullStream_ThrowsArgumentNull() =>
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => TreatyCatalog.Load(null!)).ParamName);

    private static TreatyDataException Rejected(string json)
    {
        var ex = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.False(string.IsNullOrWhiteSpace(ex.Rule));
        return ex;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Treaties.Tests.Serialization;

/// <summary>
/// One broken document per load rule, each made from one small valid document: every one is rejected whole, with the
/// JSON path and the line of the offending value, and the rule in the terms of the format.
/// </summary>
public class LoadValidationTests
{
    /// <summary>A small valid document, one fact to a line, so that each row can name the line it breaks.</summary>
    private const string Valid = """
        {
          "formatVersion": 1,
          "sources": [
            { "id": "s", "title": "T", "publisher": "P", "url": "https://example.org/t", "kind": "official" }
          ],
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
                {
                  "state": "SWE",
                  "start": { "date": "2000-06-01", "sources": ["s"] },
                  "participation": [ { "status": "frozen", "from": { "date": "2005-01-01", "sources": ["s"] } } ]
                }
              ],
              "clauses": [
                { "kind": "mutualDefence", "article": "Article 1", "summary": "Defend.", "obligation": "actionDeemedNecessary" }
              ]
            }
          ]
        }
        """;

    private const string Clause = "\"obligation\": \"actionDeemedNecessary\" }";

    /// <summary>The rows: the rule broken, how the valid document is broken, the JSON path and line of the error, and a part of its message.</summary>
    public static TheoryData<string, Mutation, string?, int?, string> BrokenDocuments => new()
    {
        // The bytes: emptiness, size, encoding.
        { "empty document", Mutation.Bytes("no bytes", _ => []), "$", null, "The document is empty: it holds no bytes" },
        { "white space only", Mutation.Text("white space", _ => " \n\t \r\n "), "$", null, "The document is empty: it holds only white space" },
        { "byte order mark only", Mutation.Bytes("a UTF-8 byte order mark", _ => [0xEF, 0xBB, 0xBF]), "$", null, "The document is empty: it holds only a byte order mark" },
        { "larger than the size limit", Mutation.Bytes("16 MiB and 16 zero bytes", _ => new byte[(16 * 1024 * 1024) + 16]), null, null, "longer than the limit of 16777216 bytes" },
        { "not UTF-8 but UTF-16", Mutation.Bytes("UTF-16 text", text => Encoding.Unicode.GetBytes(text)), "$", 1, "not well-formed JSON: found a zero byte (UTF-16 or UTF-32 text?" },
        { "string not valid UTF-8", Mutation.Bytes("the byte 0xFF in 'Sweden'", InvalidUtf8InSweden), "$.states[1].name", 8, "The string is not valid UTF-8 text" },
        { "escaped half of a surrogate pair", Mutation.Replace("\"Sweden\"", "\"Swe\\ud800den\""), "$.states[1].name", 8, "escapes half of a surrogate pair" },

        // JSON syntax: what was found, where, and what the grammar wanted there.
        { "object not closed", Mutation.Replace("\"name\": \"Sweden\" }", "\"name\": \"Sweden\""), "$.states[1].name", 9, "not well-formed JSON: found ']' where ',' or '}' was expected" },
        { "document cut short", Mutation.Text("cut after \"state\": \"SWE\",", text => text[..(text.IndexOf("\"state\": \"SWE\",", StringComparison.Ordinal) + 15)]), "$.treaties[0].memberships[1]", 20, "not well-formed JSON: it ends too early, with 5 objects or arrays not closed" },
        { "string not closed", Mutation.Text("cut inside \"Pact\"", text => text[..(text.IndexOf("\"Pact\"", StringComparison.Ordinal) + 3)]), "$.treaties[0].name", 13, "not well-formed JSON: it ends inside a string that is not closed" },
        { "trailing comma", Mutation.Replace("[\"P1\"]", "[\"P1\",]"), "$.treaties[0].aliases[1]", 14, "found ']' where a value was expected; a comma may not come before a closing bracket" },
        { "colon missing", Mutation.Replace("\"name\": \"Pact\"", "\"name\" \"Pact\""), "$.treaties[0]", 13, "found '\"' after the field name where ':' was expected" },
        { "comment", Mutation.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, // the version"), "$", 2, "found '/' where a field name in double quotes was expected" },
        { "field name not quoted", Mutation.Replace("{ \"code\": \"FIN\"", "{ code: \"FIN\""), "$.states[0]", 7, "found 'c' where a field name in double quotes or '}' was expected" },
        { "literal misspelt", Mutation.Replace("\"formatVersion\": 1", "\"formatVersion\": tru"), "$.formatVersion", 2, "'tru' is not a JSON literal" },
        { "number malformed", Mutation.Replace("\"formatVersion\": 1", "\"formatVersion\": 01"), "$.formatVersion", 2, "'01' is not a JSON number" },
        { "control character in a string", Mutation.Replace("\"Pact\"", "\"Pa\tct\""), "$.treaties[0].name", 13, "a string holds the control character 0x09" },
        { "escape that JSON lacks", Mutation.Replace("[\"P1\"]", "[\"P\\q1\"]"), "$.treaties[0].aliases[0]", 14, "a string holds an escape sequence that JSON does not have" },
        { "content after the document", Mutation.Text("a second object after the first", text => text + "\n{}"), "$", 31, "found '{' where the end of the document was expected" },

        // Limits.
        { "deeper than the depth limit", Mutation.Replace("\"formatVersion\": 1,", $"\"formatVersion\": 1, \"x\": {new string('[', 40)}{new string(']', 40)},"), "$.x" + string.Concat(Enumerable.Repeat("[0]", 31)), 2, "The nesting depth of objects and arrays is over the limit of 32" },
        { "string longer than the limit", Mutation.Replace("\"Defend.\"", "\"" + new string('x', 70_000) + "\""), "$.treaties[0].clauses[0].summary", 26, "A string of 70000 bytes is longer than the limit of 65536" },

        // The shape: JSON kinds, named as JSON kinds, never as the types behind them.
        { "document null", Mutation.Text("null", _ => "null"), "$", 1, "The value must be an object, not null" },
        { "document not an object", Mutation.Text("an empty array", _ => "[]"), "$", 1, "The value must be an object, not an array" },
        { "number written as a string", Mutation.Replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""), "$.formatVersion", 2, "the value '1': The value must be a whole number, not a string" },
        { "number not a 32-bit whole number", Mutation.Replace("\"formatVersion\": 1", "\"formatVersion\": 2147483648"), "$.formatVersion", 2, "the value '2147483648': The value must be a whole number from -2147483648 to 2147483647" },
        { "string written as a number", Mutation.Replace("\"name\": \"Pact\"", "\"name\": 7"), "$.treaties[0].name", 13, "the value '7': The value must be a string, not a number" },
        { "dated fact written as a string", Mutation.Replace("\"signed\": { \"date\": \"2000-01-01\", \"sources\": [\"s\"] }", "\"signed\": \"2000-01-01\""), "$.treaties[0].signed", 15, "The value must be an object, not a string" },
        { "list written as one string", Mutation.Replace("\"aliases\": [\"P1\"]", "\"aliases\": \"P1\""), "$.treaties[0].aliases", 14, "The value must be an array of strings, not a string" },
        { "list of objects written as a string", Mutation.Replace("\"sources\": [\"s\"] },\n      \"memberships\"", "\"sources\": [\"s\"] }, \"observers\": \"FIN\",\n      \"memberships\""), "$.treaties[0].observers", 16, "The value must be an array of objects, not a string" },
        { "true or false written as a string", Mutation.Replace("\"signed\": { \"date\": \"2000-01-01\", \"sources\": [\"s\"] }", "\"signed\": { \"date\": \"2000-01-01\", \"sources\": [\"s\"], \"confirmed\": \"no\" }"), "$.treaties[0].signed.confirmed", 15, "The value must be true or false, not a string" },
        { "required field null", Mutation.Replace("\"name\": \"Pact\"", "\"name\": null"), "$.treaties[0].name", 13, "The value must be a string, not null" },
        { "list element null", Mutation.Replace("[\"P1\"]", "[\"P1\", null]"), "$.treaties[0].aliases[1]", 14, "The value must be a string, not null" },
        { "unknown field", Mutation.Replace("\"alpha2\": \"FI\"", "\"alpah2\": \"FI\""), "$.states[0].alpah2", 7, "the value 'alpah2': The field is not part of the format for a state; check its spelling" },
        { "unknown top-level field", Mutation.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"colour\": 1,"), "$.colour", 2, "The field is not part of the format for the document" },
        { "unknown field of a dated fact", Mutation.Replace("\"date\": \"2005-01-01\"", "\"date\": \"2005-01-01\", \"day\": 1"), "$.treaties[0].memberships[1].participation[0].from.day", 22, "The field is not part of the format for a dated fact" },
        { "required field missing", Mutation.Replace("\"name\": \"Pact\",", string.Empty), "$.treaties[0]", 11, "A treaty is missing required fields: 'name'." },
        { "required field of a dated fact missing", Mutation.Replace("\"signed\": { \"date\": \"2000-01-01\", \"sources\"", "\"signed\": { \"sources\""), "$.treaties[0].signed", 15, "A dated fact is missing required fields: 'date'." },
        { "required top-level fields missing", Mutation.Text("{ \"formatVersion\": 1 }", _ => "{ \"formatVersion\": 1 }"), "$", 1, "The document is missing required fields: 'states', 'treaties'." },
        { "key repeated", Mutation.Replace("\"name\": \"Pact\",", "\"name\": \"Pact\", \"name\": \"Other\","), "$.treaties[0].name", 13, "The key 'name' appears twice in one object" },

        // Values: dates, enumerations, references.
        { "other format version", Mutation.Replace("\"formatVersion\": 1", "\"formatVersion\": 2"), "$.formatVersion", 2, "the value '2': This library reads format version 1" },
        { "impossible date", Mutation.Replace("2005-01-01", "2023-02-30"), "$.treaties[0].memberships[1].participation[0].from.date", 22, "the value '2023-02-30': The date must be a real calendar day written yyyy-MM-dd" },
        { "unknown enumeration value", Mutation.Replace("\"frozen\"", "\"paused\""), "$.treaties[0].memberships[1].participation[0].status", 22, "the value 'paused': The value must be one of: full, outsideIntegratedCommand, frozen, suspended" },
        { "unknown source id", Mutation.Replace("\"date\": \"2000-01-01\", \"sources\": [\"s\"]", "\"date\": \"2000-01-01\", \"sources\": [\"t\"]"), "$.treaties[0].signed.sources[0]", 15, "the value 't': No source in $.sources has this id" },
        { "source address not absolute", Mutation.Replace("\"https://example.org/t\"", "\"example.org/t\""), "$.sources[0].url", 4, "The address must be an absolute http or https URL" },
        { "source id repeated", Mutation.Replace("\"kind\": \"official\" }", "\"kind\": \"official\" },\n    { \"id\": \"s\", \"title\": \"U\", \"publisher\": \"P\", \"url\": \"https://example.org/u\", \"kind\": \"news\" }"), "$.sources[1].id", 5, "The source 's' was already added" },

        // States and places.
        { "state code malformed", Mutation.Replace("\"code\": \"SWE\"", "\"code\": \"SWED\""), "$.states[1]", 8, "'SWED' is not an ISO 3166-1 alpha-3 code" },
        { "state code repeated", Mutation.Replace("\"code\": \"SWE\"", "\"code\": \"FIN\""), "$.states[1].code", 8, "The state FIN was already added" },
        { "state name blank", Mutation.Replace("\"name\": \"Finland\"", "\"name\": \" \""), "$.states[0]", 7, "The value must not be empty or white space" },
        { "successor not a state", Mutation.Replace("\"name\": \"Finland\" }", "\"name\": \"Finland\", \"dissolved\": { \"date\": \"2001-01-01\" }, \"successors\": [\"NOR\"] }"), "$", 1, "The state FIN names the successor NOR, which is not a state of the catalog" },
        { "unknown state code", Mutation.Replace("\"state\": \"SWE\"", "\"state\": \"XYZ\""), "$.treaties[0].memberships[1].state", 20, "the value 'XYZ': 'XYZ' is not the code of a state added to this catalog" },
        { "place code malformed", Mutation.Replace("\"treaties\": [", "\"places\": [ { \"code\": \"Aland\", \"name\": \"Aland\", \"state\": \"FIN\", \"region\": \"europe\" } ], \"treaties\": ["), "$.places[0]", 10, "'Aland' is not an ISO 3166-2 code" },

        // Treaties.
        { "treaty id with white space", Mutation.Replace("\"id\": \"PACT\"", "\"id\": \" PACT\""), "$.treaties[0]", 11, "must not begin or end with white space" },
        { "treaty id repeated", Mutation.Replace("\"treaties\": [", "\"treaties\": [\n    { \"id\": \"Pact\", \"name\": \"First\", \"signed\": { \"date\": \"2000-01-01\" }, \"enteredIntoForce\": { \"date\": \"2000-01-01\" } },"), "$.treaties[1]", 12, "the value 'PACT': 'PACT' already names the treaty Pact" },
        { "alias repeating an id", Mutation.Replace("[\"P1\"]", "[\"P1\", \"pact\"]"), "$.treaties[0].aliases[1]", 14, "'pact' already names the treaty PACT; ids and aliases must be unique" },
        { "in force before signed", Mutation.Replace("\"enteredIntoForce\": { \"date\": \"2000-06-01\"", "\"enteredIntoForce\": { \"date\": \"1999-12-31\""), "$.treaties[0]", 11, "PACT cannot enter into force on 1999-12-31" },
        { "terminated before in force", Mutation.Replace("\"memberships\": [", "\"terminated\": { \"date\": \"2000-01-01\" }, \"memberships\": ["), "$.treaties[0].terminated", 17, "PACT cannot end on 2000-01-01" },

        // Memberships and observers.
        { "unknown end reason", Mutation.Replace("\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] } }", "\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] }, \"endReason\": \"expelled\" }"), "$.treaties[0].memberships[0].endReason", 18, "The value must be one of: withdrawal, leftOrganisation" },
        { "end reason without an end", Mutation.Replace("\"participation\": [", "\"endReason\": \"withdrawal\", \"participation\": ["), "$.treaties[0].memberships[1]", 19, "goes on; only an ended membership has a reason it ended" },
        { "left an organisation the treaty lacks", Mutation.Replace("\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] } }", "\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] }, \"endReason\": \"leftOrganisation\" }"), "$.treaties[0].memberships[0]", 18, "records no organisation" },
        { "end not after start", Mutation.Replace("\"date\": \"2010-01-01\"", "\"date\": \"2000-06-01\""), "$.treaties[0].memberships[0]", 18, "must be after the start" },
        { "memberships of one state overlap", Mutation.Replace("\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] } },", "\"end\": { \"date\": \"2010-01-01\", \"sources\": [\"s\"] } },\n        { \"state\": \"FIN\", \"start\": { \"date\": \"2009-01-01\" } },"), "$.treaties[0].memberships[1]", 19, "overlaps the membership" },
        { "membership before entry into force", Mutation.Replace("{ \"state\": \"FIN\", \"start\": { \"date\": \"2000-06-01\"", "{ \"state\": \"FIN\", \"start\": { \"date\": \"2000-05-01\""), "$.treaties[0].memberships[0]", 18, "before the treaty entered into force" },
        { "membership after the treaty ended", Mutation.Replace("\"memberships\": [", "\"terminated\": { \"date\": \"2008-01-01\" }, \"memberships\": ["), "$.treaties[0].terminated", 17, "the treaty ended on 2008-01-01" },
        { "signature outside its window", Mutation.Replace("{ \"state\": \"FIN\", \"start\"", "{ \"state\": \"FIN\", \"signed\": { \"date\": \"1999-01-01\" }, \"start\""), "$.treaties[0].memberships[0]", 18, "a signature falls between the treaty's signing" },
        { "participation change outside membership", Mutation.Replace("2005-01-01", "1999-01-01"), "$.treaties[0].memberships[1]", 19, "falls outside the membership" },
        { "observer who is a member", Mutation.Replace("\"memberships\": [", "\"observers\": [ { \"state\": \"FIN\", \"start\": { \"date\": \"2001-01-01\" } } ], \"memberships\": ["), "$.treaties[0].observers[0]", 17, "a member is not also an observer" },

        // Clauses.
        { "clause kind unknown", Mutation.Replace("\"mutualDefence\"", "\"mutual\""), "$.treaties[0].clauses[0].kind", 26, "The value must be one of: mutualDefence, consultation" },
        { "mutual defence without obligation", Mutation.Replace(", " + Clause, " }"), "$.treaties[0].clauses[0].obligation", 26, "The field is required here, with one of: actionDeemedNecessary, necessaryAssistanceIncludingMilitary" },
        { "consultation with an obligation", Mutation.Replace("\"mutualDefence\"", "\"consultation\""), "$.treaties[0].clauses[0]", 26, "A consultation clause has no obligation or scope" },
        { "article repeated", Mutation.Replace(Clause, Clause + ",\n        { \"kind\": \"consultation\", \"article\": \"Article 1\", \"summary\": \"Consult.\" }"), "$.treaties[0].clauses[1]", 27, "PACT already has a clause for Article 1" },
        { "clause in force before the treaty", Mutation.Replace(Clause, "\"obligation\": \"actionDeemedNecessary\", \"inForceFrom\": { \"date\": \"2000-01-01\" } }"), "$.treaties[0].clauses[0]", 26, "cannot come into force on 2000-01-01" },
        { "invoked by a non-member", Mutation.Replace(Clause, "\"obligation\": \"actionDeemedNecessary\", \"invocations\": [ { \"date\": { \"date\": \"2012-01-01\" }, \"requestedBy\": [\"FIN\"], \"outcome\": \"Consulted.\" } ] }"), "$.treaties[0].clauses[0]", 26, "FIN invoked Article 1 of PACT on 2012-01-01 but was not a member that day" },
        { "invoked by nobody", Mutation.Replace(Clause, "\"obligation\": \"actionDeemedNecessary\", \"invocations\": [ { \"date\": { \"date\": \"2001-01-01\" }, \"requestedBy\": [], \"outcome\": \"Consulted.\" } ] }"), "$.treaties[0].clauses[0].invocations[0]", 26, "An invocation needs at least one requesting state" },
        { "scope covering all territory and metropolitan territory", Mutation.Replace(Clause, "\"obligation\": \"actionDeemedNecessary\", \"scope\": { \"coversAllTerritory\": true, \"metropolitanTerritory\": true } }"), "$.treaties[0].clauses[0].scope", 26, "A scope that covers all territory has no regions, states or rules" },
        { "obligation unknown", Mutation.Replace("\"actionDeemedNecessary\" }", "\"allOutWar\" }"), "$.treaties[0].clauses[0].obligation", 26, "The value must be one of: actionDeemedNecessary, necessaryAssistanceIncludingMilitary, actToMeetCommonDanger" },

        // States, suspensions, requests and treaties not in force.
        { "state region unknown", Mutation.Replace("\"name\": \"Finland\" }", "\"name\": \"Finland\", \"region\": \"arctic\" }"), "$.states[0].region", 7, "The value must be one of: europe, north-america" },
        { "suspension by a non-member", Mutation.Replace("\"clauses\": [", "\"suspensions\": [ { \"state\": \"FIN\", \"toward\": \"SWE\", \"start\": { \"date\": \"2012-01-01\" } } ], \"clauses\": ["), "$.treaties[0].suspensions[0]", 25, "needs both states to be members of PACT on its first day, and FIN was not" },
        { "suspension toward itself", Mutation.Replace("\"clauses\": [", "\"suspensions\": [ { \"state\": \"SWE\", \"toward\": \"SWE\", \"start\": { \"date\": \"2001-01-01\" } } ], \"clauses\": ["), "$.treaties[0].suspensions[0]", 25, "SWE cannot suspend its obligations toward itself" },
        { "request by a non-member", Mutation.Replace("\"clauses\": [", "\"requests\": [ { \"date\": { \"date\": \"2012-01-01\" }, \"requestedBy\": [\"FIN\"], \"outcome\": \"Declined.\" } ], \"clauses\": ["), "$.treaties[0].requests[0]", 25, "FIN asked for help under PACT on 2012-01-01 but was not a member that day" },
        { "requests out of date order", Mutation.Replace("\"clauses\": [", "\"requests\": [ { \"date\": { \"date\": \"2008-01-01\" }, \"requestedBy\": [\"SWE\"], \"outcome\": \"Declined.\" }, { \"date\": { \"date\": \"2007-01-01\" }, \"requestedBy\": [\"SWE\"], \"outcome\": \"Declined.\" } ], \"clauses\": ["), "$.treaties[0].requests[1]", 25, "requests go in date order" },
        { "pending treaty reusing an alias", Mutation.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"pendingTreaties\": [ { \"id\": \"p1\", \"name\": \"Later pact\", \"signed\": { \"date\": \"2020-01-01\" }, \"signatories\": [\"FIN\"] } ],"), "$.pendingTreaties[0]", 2, "'p1' already names the treaty PACT" },
        { "pending treaty without signatories", Mutation.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"pendingTreaties\": [ { \"id\": \"LATER\", \"name\": \"Later pact\", \"signed\": { \"date\": \"2020-01-01\" }, \"signatories\": [] } ],"), "$.pendingTreaties[0]", 2, "LATER needs at least one signatory" },
        { "scope naming an unknown place", Mutation.Replace(Clause, "\"obligation\": \"actionDeemedNecessary\", \"scope\": { \"rules\": [ { \"place\": \"GL\", \"covered\": true } ] } }"), "$.treaties[0].clauses[0]", 26, "GL is not a place added to this catalog" },
    };

    [Fact]
    public void Load_ValidDocument_Loads()
    {
        TreatyCatalog catalog = TreatyCatalog.Parse(Valid);

        Assert.True(catalog.GetTreaty("P1").IsMember("SWE", new NodaTime.LocalDate(2006, 1, 1)));
        Assert.Equal("s", Assert.Single(catalog.Sources).Id);
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Load_BrokenDocument_RejectedWithPathLineAndRule(string rule, Mutation mutation, string? path, int? line, string message)
    {
        byte[] document = mutation.Apply(Valid);

        var ex = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Load(new MemoryStream(document)));

        Assert.False(string.IsNullOrWhiteSpace(ex.Rule), rule);
        Assert.Equal(path, ex.JsonPath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(Place(path, line), ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Treaties.Serialization", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAndLoadAsync_BrokenDocument_ReportTheSameAsLoad()
    {
        string broken = Valid.Replace("\"name\": \"Pact\"", "\"name\": 7", StringComparison.Ordinal);
        var loaded = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(broken))));

        var parsed = Assert.Throws<TreatyDataException>(() => TreatyCatalog.Parse(broken));
        var loadedAsync = await Assert.ThrowsAsync<TreatyDataException>(() => TreatyCatalog.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(broken))));

        Assert.Equal("At $.treaties[0].name (line 13, byte 14), the value '7': The value must be a string, not a number.", loaded.Message);
        Assert.Equal(loaded.Message, parsed.Message);
        Assert.Equal(loaded.Message, loadedAsync.Message);
    }

    [Fact]
    public void Load_Utf8Bom_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)];
        Assert.Equal(2, TreatyCatalog.Load(new MemoryStream(bytes)).States.Count);
    }

    [Fact]
    public void Load_NullStream_ThrowsArgumentNull() =>
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => TreatyCatalog.Load(null!)).ParamName);

    private static string Place(string? path, int? line) => (path, line) switch
    {
        (not null, not null) => $"At {path} (line {line}, byte ",
        (not null, null) => $"At {path}:",
        _ => "In the document:",
    };

    private static byte[] InvalidUtf8InSweden(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text.Replace("Sweden", "Sw?den", StringComparison.Ordinal));
        bytes[bytes.AsSpan().IndexOf("Sw?den"u8) + 2] = 0xFF;
        return bytes;
    }

    /// <summary>How one row breaks the valid document, described for the test's name.</summary>
    public sealed class Mutation
    {
        private readonly string _description;
        private readonly Func<string, byte[]> _apply;

        private Mutation(string description, Func<string, byte[]> apply)
        {
            _description = description;
            _apply = apply;
        }

        /// <summary>Replaces text that occurs exactly once in the document, so that the row breaks just what it says.</summary>
        public static Mutation Replace(string find, string replacement) =>
            new($"'{Shorten(find)}' -> '{Shorten(replacement)}'", text =>
            {
                int at = text.IndexOf(find, StringComparison.Ordinal);
                if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
                {
                    throw new InvalidOperationException($"'{find}' must occur exactly once in the valid document.");
                }

                return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
            });

        public static Mutation Text(string description, Func<string, string> change) => new(description, text => Encoding.UTF8.GetBytes(change(text)));

        public static Mutation Bytes(string description, Func<string, byte[]> make) => new(description, make);

        public byte[] Apply(string valid) => _apply(valid);

        public override string ToString() => _description;

        private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }
}

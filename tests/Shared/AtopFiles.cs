using System.IO;
using System.Text;

namespace Treaties.Tests;

/// <summary>Small files in the format of ATOP's member-level file, made by the tests: ATOP's own files are not ours to commit.</summary>
internal static class AtopFiles
{
    internal const string Header = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul";

    /// <summary>
    /// Three alliances: 1001, Germany (255) and Austria-Hungary (300) with a day-precise entry and a month-precise
    /// exit; 1002, ongoing, the United States and Canada; 1003, a bilateral treaty with Czechoslovakia (315) in phase 1,
    /// continued from 1993 with both successors (316, 317) in two parallel phases.
    /// </summary>
    internal const string Small = Header + """

        1001,255,1879,10,7,1918,11,0,1,1,0,0,0,1
        1001,300,1879,10,7,1918,11,0,1,1,0,0,0,0
        1002,2,1940,8,18,0,0,0,1,1,0,0,0,1
        1002,20,1940,8,18,0,0,0,1,1,0,0,0,1
        1003,365,1970,5,6,1993,1,1,1,1,0,0,0,1
        1003,315,1970,5,6,1993,1,1,1,1,0,0,0,1
        1003,365,1993,1,1,0,0,0,2,0,0,0,1,1
        1003,316,1993,1,1,0,0,0,2,0,0,0,1,1
        1003,365,1993,1,1,0,0,0,3,0,0,0,1,1
        1003,317,1993,1,1,0,0,0,3,0,0,0,1,1
        """;

    /// <summary>
    /// The quirks of ATOP's real files, each in a row of our own: phase 0 (no phases); a member code outside the COW state
    /// system (line 4); an exit on 1 January (the United Kingdom, 1910, and Czechoslovakia, 1993); an exit year of 0 (France
    /// and the Czech Republic, ongoing); a successor (316) entering on the day its predecessor (315) exits; a month-only
    /// entry with its day left empty (315, 290) and a month-only exit with day 0 (Poland, June 1995). The file's last year
    /// is 1995.
    /// </summary>
    internal const string Quirks = Header + """

        2001,200,1900,3,15,1910,1,1,0,1,0,0,0,0
        2001,220,1900,3,15,0,0,0,0,1,0,0,0,1
        2001,8152,1900,3,15,1905,8,25,0,1,0,0,0,0
        2002,315,1980,5,,1993,1,1,0,0,0,0,0,1
        2002,290,1980,5,,1995,6,0,0,0,0,0,0,1
        2002,316,1993,1,1,0,0,0,0,0,0,0,0,1
        """;

    /// <summary>
    /// ANZUS as ATOP holds it, with the United States from the treaty's signature and China, which never was a member;
    /// SEATO, with four members until the organisation's end; CSTO, with Azerbaijan and Georgia leaving a day before the
    /// catalog's end and Uzbekistan ongoing, and a Russia–Uzbekistan bilateral of the same years, which must not take
    /// CSTO's place. The file's last year is 1999.
    /// </summary>
    internal const string Comparison = Header + """

        3215,2,1951,9,1,0,0,0,0,1,0,0,0,1
        3215,900,1952,4,29,0,0,0,0,1,0,0,0,1
        3215,920,1952,4,29,0,0,0,0,1,0,0,0,1
        3215,710,1952,4,29,0,0,0,0,1,0,0,0,1
        3260,900,1955,2,19,1977,6,30,0,1,0,0,0,1
        3260,200,1955,2,19,1977,6,30,0,1,0,0,0,1
        3260,920,1955,2,19,1977,6,30,0,1,0,0,0,1
        3260,840,1955,2,19,1977,6,30,0,1,0,0,0,1
        3260,2,1955,2,19,0,0,0,0,1,0,0,0,1
        3260,800,1955,2,19,0,0,0,0,1,0,0,0,1
        3260,220,1955,2,19,0,0,0,0,1,0,0,0,1
        3260,770,1955,2,19,0,0,0,0,1,0,0,0,1
        4220,365,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,371,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,370,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,705,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,703,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,702,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,704,1994,4,20,0,0,0,0,1,0,0,0,1
        4220,373,1994,4,20,1999,4,20,0,1,0,0,0,1
        4220,372,1994,4,20,1999,4,20,0,1,0,0,0,1
        4221,365,1994,3,2,0,0,0,0,1,0,0,0,1
        4221,704,1994,3,2,0,0,0,0,1,0,0,0,1
        """;

    /// <summary>
    /// SADC as ATOP holds it: one alliance that begins with the 2001 protocol (phase 1, no defence promise, with the
    /// Seychelles until it left) and goes on with the 2003 Mutual Defence Pact (phase 2), so ATOP's first day is more than
    /// two years before the pact's signature. A United States–Canada row of 2018 makes 2018 the file's last year.
    /// </summary>
    internal const string LaterPhase = Header + """

        4985,490,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,510,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,540,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,541,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,551,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,552,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,553,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,560,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,565,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,570,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,571,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,572,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,590,2001,8,14,2003,8,26,1,0,0,0,0,1
        4985,591,2001,8,14,2003,7,1,1,0,0,0,0,1
        4985,490,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,510,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,540,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,541,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,551,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,552,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,553,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,560,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,565,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,570,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,571,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,572,2003,8,26,0,0,0,2,1,0,0,0,1
        4985,590,2003,8,26,0,0,0,2,1,0,0,0,1
        9999,2,2018,1,1,0,0,0,0,1,0,0,0,1
        9999,20,2018,1,1,0,0,0,0,1,0,0,0,1
        """;

    internal static Stream Stream(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
}

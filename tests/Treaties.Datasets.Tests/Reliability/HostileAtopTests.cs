using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Treaties.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Treaties.Datasets.Tests.Reliability;

/// <summary>
/// Mutated ATOP member-level files, generated from a seed: every one ends as a catalog or a
/// <see cref="TreatyDataException"/> that names its line, never another exception and never a hang.
/// </summary>
public class HostileAtopTests(ITestOutputHelper output)
{
    /// <summary>How long one load may take before it counts as a hang: generous, since the machine may be busy with other tests.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly string[] OddCells =
    [
        "", " ", "0", "-1", "-9", "-2147483648", "-2147483649", "2147483647", "2147483648", "99999999999999999999", "9998", "9999", "10000",
        "1e3", "1.0", "0x10", "+5", " 7 ", "\t3", "١٢", "NaN", "null", "\"", "\"\"", "\"1\"", "\"1,2\"", "\"\"\"", "'1'", "\u0000", "\uFEFF1",
        new string('9', 5_000),
    ];

    [Fact]
    public void EveryMutatedFile_LoadsOrIsRejectedAsDataWithALine()
    {
        var outcomes = new SortedDictionary<string, (int Loaded, int Rejected)>(StringComparer.Ordinal);
        var failures = new List<string>();
        int tried = 0;
        TimeSpan slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        foreach ((string kind, byte[] file) in Corpus())
        {
            tried++;
            (string? failure, bool loaded, TimeSpan took) = LoadOne(file);
            slowest = took > slowest ? took : slowest;
            (int l, int r) = outcomes.GetValueOrDefault(kind);
            outcomes[kind] = loaded ? (l + 1, r) : failure is null ? (l, r + 1) : (l, r);
            if (failure is not null && failures.Count < 5)
            {
                string text = Encoding.UTF8.GetString(file);
                failures.Add($"{kind}: {failure}\n{text[..Math.Min(text.Length, 600)]}");
            }

            if (failure is not null && failure.StartsWith("hang", StringComparison.Ordinal))
            {
                break;
            }
        }

        output.WriteLine("| mutation | loaded | rejected as data |");
        foreach ((string kind, (int loaded, int rejected)) in outcomes)
        {
            output.WriteLine($"| {kind} | {loaded:N0} | {rejected:N0} |");
        }

        output.WriteLine($"| **all {tried:N0}** | **{outcomes.Values.Sum(o => o.Loaded):N0}** | **{outcomes.Values.Sum(o => o.Rejected):N0}** |");
        output.WriteLine($"hostile ATOP: {tried} files in {total.Elapsed.TotalSeconds:F1} s, slowest {slowest.TotalMilliseconds:F1} ms");
        Assert.Empty(failures);
        Assert.True(tried > 10_000, $"only {tried} files were tried");
    }

    /// <summary>Regression cases: inputs that once let another exception escape.</summary>
    [Theory]
    [InlineData("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,member\n1001,255,1879,10,7,1918,11,0,1,1,0,0,0,1,255", 1, "member")]
    [InlineData("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,x,x\n1001,255,1879,10,7,1918,11,0,1,1,0,0,0,1,,", 1, "x")]
    public void Regression_RejectedAsDataWithLineAndColumn(string text, long line, string column)
    {
        var ex = Assert.Throws<TreatyDataException>(() => AtopDataset.Load(AtopFiles.Stream(text)));

        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(column, ex.Column);
    }

    /// <summary>Loads one file on a worker, bounded by <see cref="Timeout"/>: null and whether it loaded, or what went wrong.</summary>
    private static (string? Failure, bool Loaded, TimeSpan Took) LoadOne(byte[] file)
    {
        var timer = Stopwatch.StartNew();
        Task<TreatyCatalog> load = Task.Run(() => AtopDataset.Load(new MemoryStream(file, writable: false)));
        try
        {
            if (!load.Wait(Timeout))
            {
                return ($"hang: no answer after {Timeout.TotalSeconds} s", false, timer.Elapsed);
            }

            return (null, true, timer.Elapsed);
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is TreatyDataException e)
        {
            string? failure =
                e.LineNumber is not long line ? $"no line number: {e.Message}"
                : line < 1 || line > LineCount(file) ? $"line {line} is not a line of the file: {e.Message}"
                : string.IsNullOrWhiteSpace(e.Message) ? "no message"
                : null;
            return (failure, false, timer.Elapsed);
        }
        catch (AggregateException wrapped)
        {
            Exception e = wrapped.InnerException ?? wrapped;
            return ($"{e.GetType().Name}: {e.Message}\n{e.StackTrace}", false, timer.Elapsed);
        }
    }

    /// <summary>The number of lines of a file, where a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
    private static long LineCount(byte[] file)
    {
        long lines = 1;
        for (int i = 0; i < file.Length; i++)
        {
            if (file[i] == '\n' || (file[i] == '\r' && (i + 1 == file.Length || file[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>The valid files the mutations start from: the tests' small file, and two more with months, days and exits missing.</summary>
    private static readonly string[] Seeds =
    [
        AtopFiles.Small,
        AtopFiles.Header + """

            2001,2,1949,4,4,0,0,0,1,1,0,0,0,1
            2001,200,1949,4,0,0,0,0,1,1,0,0,0,1
            2001,255,1955,0,0,1990,10,3,1,1,0,0,0,1
            2001,255,1990,10,3,0,0,0,1,1,0,0,0,1
            2002,365,1955,5,14,1991,7,1,1,1,0,0,1,1
            2002,290,1955,5,14,1991,0,0,1,2,0,0,1,1
            """,
        "consul,nonagg,neutral,offense,defense,phase,dayexit,moexit,yrexit,dayent,moent,yrent,member,atopid,version\r\n"
            + "1,0,0,0,1,1,31,12,1900,1,1,1900,2,3001,5.1\r\n"
            + "1,0,0,0,1,1,0,0,0,31,12,1900,20,3001,5.1\r\n"
            + "0,1,0,0,0,2,0,0,0,1,1,1950,2,3001,5.1\r\n"
            + "0,1,0,0,0,2,0,0,0,1,1,1950,20,3001,5.1\r\n",
    ];

    private static IEnumerable<(string Kind, byte[] File)> Corpus()
    {
        var random = new Random(20_160_016);
        foreach (string seed in Seeds)
        {
            yield return ("unchanged", Encoding.UTF8.GetBytes(seed));
        }

        // Every prefix of the first file, and every fifth of the others.
        for (int s = 0; s < Seeds.Length; s++)
        {
            byte[] whole = Encoding.UTF8.GetBytes(Seeds[s]);
            for (int cut = 0; cut < whole.Length; cut += s == 0 ? 1 : 5)
            {
                yield return ("truncated", whole[..cut]);
            }
        }

        for (int i = 0; i < 11_000; i++)
        {
            string seed = Seeds[random.Next(Seeds.Length)];
            int kind = random.Next(13);
            yield return kind switch
            {
                0 => ("byte flips", FlipBytes(random, Encoding.UTF8.GetBytes(seed))),
                1 => ("random bytes inserted", InsertBytes(random, Encoding.UTF8.GetBytes(seed))),
                2 => ("cell deleted", Utf8(EditCells(random, seed, (cells, c) => cells.RemoveAt(c)))),
                3 => ("cell duplicated", Utf8(EditCells(random, seed, (cells, c) => cells.Insert(c, cells[c])))),
                4 => ("cells swapped", Utf8(EditCells(random, seed, (cells, c) => (cells[c], cells[0]) = (cells[0], cells[c])))),
                5 => ("odd cell", Utf8(EditCells(random, seed, (cells, c) => cells[c] = OddCells[random.Next(OddCells.Length)]))),
                6 => ("line deleted", Utf8(EditLines(random, seed, (lines, l) => lines.RemoveAt(l)))),
                7 => ("line duplicated", Utf8(EditLines(random, seed, (lines, l) => lines.Insert(random.Next(lines.Count + 1), lines[l])))),
                8 => ("lines swapped", Utf8(EditLines(random, seed, (lines, l) => (lines[l], lines[0]) = (lines[0], lines[l])))),
                9 => ("column missing", Utf8(DropColumn(random, seed))),
                10 => ("quotes", Utf8(Quote(random, seed))),
                11 => ("encoding", Encode(random, seed)),
                _ => ("random file", RandomFile(random)),
            };
        }

        foreach (string text in new[] { "", "\n", "\r\n", "\uFEFF", ",,,,", "\"", AtopFiles.Header, AtopFiles.Header + "\n", AtopFiles.Header + "\n\n\n", AtopFiles.Header + "\n" + new string(',', 100_000) })
        {
            yield return ("edge file", Utf8(text));
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] FlipBytes(Random random, byte[] file)
    {
        for (int f = random.Next(1, 4); f > 0; f--)
        {
            file[random.Next(file.Length)] = (byte)random.Next(256);
        }

        return file;
    }

    private static byte[] InsertBytes(Random random, byte[] file)
    {
        byte[] inserted = new byte[random.Next(1, 40)];
        random.NextBytes(inserted);
        int at = random.Next(file.Length + 1);
        return [.. file[..at], .. inserted, .. file[at..]];
    }

    private static byte[] RandomFile(Random random)
    {
        // Random bytes, or random characters drawn from the ones a CSV file is made of.
        const string Alphabet = "0123456789,,,,\n\r\"-+ ;\tatopidmember";
        int length = random.Next(0, 2_000);
        if (random.Next(2) == 0)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        return Utf8(AtopFiles.Header + "\n" + new string([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    /// <summary>Edits the cells of one line (the header one time in five): the edit gets the cells and a cell's index.</summary>
    private static string EditCells(Random random, string text, Action<List<string>, int> edit)
    {
        List<string> lines = Lines(text);
        int l = random.Next(5) == 0 ? 0 : random.Next(lines.Count);
        List<string> cells = [.. lines[l].Split(',')];
        for (int e = random.Next(1, 3); e > 0 && cells.Count > 0; e--)
        {
            edit(cells, random.Next(cells.Count));
        }

        lines[l] = string.Join(',', cells);
        return string.Join('\n', lines);
    }

    private static string EditLines(Random random, string text, Action<List<string>, int> edit)
    {
        List<string> lines = Lines(text);
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    /// <summary>Drops one column: from the header only, from the rows only, or from every line.</summary>
    private static string DropColumn(Random random, string text)
    {
        List<string> lines = Lines(text);
        int column = random.Next(lines[0].Split(',').Length);
        int where = random.Next(3);
        for (int l = 0; l < lines.Count; l++)
        {
            List<string> cells = [.. lines[l].Split(',')];
            if (column < cells.Count && (where == 2 || (where == 0) == (l == 0)))
            {
                cells.RemoveAt(column);
            }

            lines[l] = string.Join(',', cells);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Quotes a cell properly, leaves a quote open, or puts quotes, commas and line breaks inside a quoted cell.</summary>
    private static string Quote(Random random, string text)
    {
        string[] forms = ["\"{0}\"", "\"{0}", "{0}\"", "\"{0}\"\"\"", "\"{0},{0}\"", "\"{0}\n{0}\"", "\"\"{0}\"\"", " \"{0}\" "];
        string form = forms[random.Next(forms.Length)];
        return EditCells(random, text, (cells, c) => cells[c] = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, cells[c]));
    }

    /// <summary>BOMs at the start, twice, or in the middle; UTF-16 and UTF-32; line endings CR only or CRLF; a NUL.</summary>
    private static byte[] Encode(Random random, string text) => random.Next(8) switch
    {
        0 => [0xEF, 0xBB, 0xBF, .. Utf8(text)],
        1 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(text)],
        2 => Utf8(text.Insert(random.Next(text.Length + 1), "\uFEFF")),
        3 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        4 => Encoding.BigEndianUnicode.GetBytes(text),
        5 => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
        6 => Utf8(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', random.Next(2) == 0 ? '\r' : '\u2028')),
        _ => Utf8(text.Insert(random.Next(text.Length + 1), "\0")),
    };
}

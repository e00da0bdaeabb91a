using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;
using Treaties.Datasets;

namespace Treaties.Benchmarks;

/// <summary>
/// What a user might build instead: DuckDB reads the same member-level CSV (<c>read_csv</c>) and builds the same
/// undirected dyad-year panel in SQL, with <c>AtopDataset</c>'s treaties and <c>PanelRules.Atop</c>, then writes it with
/// <c>COPY ... TO</c> or hands its rows to the caller.
/// </summary>
/// <remarks>
/// The rules, as SQL: rows whose member code is above 999 (outside the COW state system) are left out; an alliance's
/// phases whose day ranges [entry, exit) overlap another phase's are treaties of their own, and its other phases one
/// treaty together; each row covers its entry day through its last day, both included, a missing entry day being the
/// 1st and a missing exit day the month's last, and an exit year of 0 running to the end of the file's last year; two
/// codes are allied from the later entry to the earlier last day when the later entry is strictly before it, every year
/// touched; provisions are OR'ed; <c>ccode1 &lt; ccode2</c>, each the row's code. DuckDB runs on as many threads as the
/// machine has cores.
/// </remarks>
public sealed class DuckDbPanel : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");
    private readonly string _query;

    public DuckDbPanel(string csvPath, int fromYear, int toYear)
    {
        _connection.Open();
        _query = string.Create(CultureInfo.InvariantCulture, $"""
            WITH f AS (
                SELECT atopid, phase, member, yrent, coalesce(moent, 0) AS moent, coalesce(dayent, 0) AS dayent,
                    yrexit, coalesce(moexit, 0) AS moexit, coalesce(dayexit, 0) AS dayexit,
                    coalesce(defense, 0) > 0 AS def, coalesce(offense, 0) > 0 AS off, coalesce(neutral, 0) > 0 AS neu,
                    coalesce(nonagg, 0) > 0 AS non, coalesce(consul, 0) > 0 AS con
                FROM read_csv({Literal(csvPath)}, header = true)
                WHERE member <= 999
            ),
            lastyear AS (SELECT max(greatest(yrent, yrexit)) AS y FROM f),
            r AS (
                SELECT atopid, phase, member, def, off, neu, non, con,
                    CASE WHEN moent <= 0 THEN make_date(yrent, 1, 1)
                         WHEN dayent <= 0 THEN make_date(yrent, moent, 1)
                         ELSE make_date(yrent, moent, dayent) END AS s,
                    CASE WHEN yrexit = 0 THEN DATE '9999-12-31'
                         WHEN moexit <= 0 THEN make_date(yrexit + 1, 1, 1)
                         WHEN dayexit <= 0 THEN CAST(make_date(yrexit, moexit, 1) + INTERVAL 1 MONTH AS DATE)
                         ELSE make_date(yrexit, moexit, dayexit) END AS e,
                    CASE WHEN yrexit = 0 THEN make_date((SELECT y FROM lastyear), 12, 31)
                         WHEN moexit <= 0 THEN make_date(yrexit, 12, 31)
                         WHEN dayexit <= 0 THEN last_day(make_date(yrexit, moexit, 1))
                         ELSE make_date(yrexit, moexit, dayexit) END AS last
                FROM f
            ),
            phases AS (SELECT atopid, phase, min(s) AS s, max(e) AS e FROM r GROUP BY atopid, phase),
            parallel AS (
                SELECT DISTINCT a.atopid, a.phase FROM phases a JOIN phases b
                    ON a.atopid = b.atopid AND a.phase <> b.phase AND a.s < b.e AND b.s < a.e
            ),
            t AS (
                SELECT r.*, CASE WHEN p.phase IS NULL THEN 0 ELSE r.phase END AS treaty
                FROM r LEFT JOIN parallel p ON p.atopid = r.atopid AND p.phase = r.phase
            ),
            pairs AS (
                SELECT a.member AS ccode1, b.member AS ccode2, greatest(a.s, b.s) AS s, least(a.last, b.last) AS last,
                    a.def OR b.def AS def, a.off OR b.off AS off, a.neu OR b.neu AS neu, a.non OR b.non AS non, a.con OR b.con AS con
                FROM t a JOIN t b ON a.atopid = b.atopid AND a.treaty = b.treaty AND a.member < b.member
                WHERE greatest(a.s, b.s) < least(a.last, b.last)
            ),
            years AS (
                SELECT *, unnest(generate_series(greatest(year(s), {fromYear}), least(year(last), {toYear}))) AS year FROM pairs
            )
            SELECT CAST(ccode1 AS INTEGER) AS ccode1, CAST(ccode2 AS INTEGER) AS ccode2, CAST(year AS INTEGER) AS year,
                1 AS atop_alliance, CAST(bool_or(def) AS INTEGER) AS atop_defense, CAST(bool_or(off) AS INTEGER) AS atop_offense,
                CAST(bool_or(neu) AS INTEGER) AS atop_neutral, CAST(bool_or(non) AS INTEGER) AS atop_nonagg,
                CAST(bool_or(con) AS INTEGER) AS atop_consul
            FROM years GROUP BY ccode1, ccode2, year ORDER BY year, ccode1, ccode2
            """);
    }

    /// <summary>The panel's rows, fetched into the caller.</summary>
    public IEnumerable<DyadYear> Rows()
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = _query;
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            AllianceProvisions provisions = AllianceProvisions.None;
            provisions |= reader.GetInt32(4) != 0 ? AllianceProvisions.Defense : AllianceProvisions.None;
            provisions |= reader.GetInt32(5) != 0 ? AllianceProvisions.Offense : AllianceProvisions.None;
            provisions |= reader.GetInt32(6) != 0 ? AllianceProvisions.Neutrality : AllianceProvisions.None;
            provisions |= reader.GetInt32(7) != 0 ? AllianceProvisions.NonAggression : AllianceProvisions.None;
            provisions |= reader.GetInt32(8) != 0 ? AllianceProvisions.Consultation : AllianceProvisions.None;
            yield return new DyadYear(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), provisions, string.Empty);
        }
    }

    /// <summary>Writes the panel to a file with <c>COPY ... TO</c>: <c>parquet</c>, or <c>csv</c> with a header line.</summary>
    /// <returns>The number of rows written.</returns>
    public long CopyTo(string path, string format)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        string options = format == "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet";
        command.CommandText = $"COPY ({_query}) TO {Literal(path)} ({options})";
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query that returns one number, such as a count.</summary>
    public long Scalar(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    public void Dispose() => _connection.Dispose();
}

using System;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>
/// What a user might build instead: the same periods in an in-memory SQLite database, with covering indexes and
/// prepared statements, queried the way the library is.
/// </summary>
public sealed class SqlitePeer : IDisposable
{
    private const int Open = 99_999_999;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SqliteCommand _isMember;
    private readonly SqliteCommand _membersOn;
    private readonly SqliteCommand _treatiesOf;
    private readonly SqliteCommand _areAllies;

    public SqlitePeer(TreatyCatalog catalog)
    {
        _connection.Open();
        Execute("""
            CREATE TABLE treaty (id INTEGER PRIMARY KEY, defence_from INTEGER NOT NULL, defence_until INTEGER NOT NULL);
            CREATE TABLE period (treaty INTEGER NOT NULL, state TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
            """);
        using (SqliteTransaction transaction = _connection.BeginTransaction())
        {
            using SqliteCommand treaty = Command("INSERT INTO treaty VALUES ($id, $from, $until)", "$id", "$from", "$until");
            using SqliteCommand period = Command("INSERT INTO period VALUES ($t, $s, $start, $end)", "$t", "$s", "$start", "$end");
            for (int t = 0; t < catalog.Treaties.Count; t++)
            {
                Treaty source = catalog.Treaties[t];
                bool defence = source.MutualDefenceClauses.Count > 0;
                Run(treaty, t, defence ? Key(source.EnteredIntoForce) : Open, defence ? Key(source.Terminated) : Open);
                foreach (MembershipPeriod p in source.Memberships)
                {
                    Run(period, t, p.State.Code, Key(p.Start), Key(p.End));
                }
            }

            transaction.Commit();
        }

        Execute("""
            CREATE INDEX period_by_treaty ON period (treaty, state, start, "end");
            CREATE INDEX period_by_state ON period (state, treaty, start, "end");
            ANALYZE;
            """);
        _isMember = Command("""SELECT EXISTS (SELECT 1 FROM period WHERE treaty = $t AND state = $s AND start <= $d AND "end" > $d)""", "$t", "$s", "$d");
        _membersOn = Command("""SELECT state FROM period WHERE treaty = $t AND start <= $d AND "end" > $d ORDER BY state""", "$t", "$d");
        _treatiesOf = Command("""SELECT treaty FROM period WHERE state = $s AND start <= $d AND "end" > $d ORDER BY treaty""", "$s", "$d");
        _areAllies = Command("""
            SELECT EXISTS (SELECT 1 FROM period a JOIN period b ON b.treaty = a.treaty JOIN treaty t ON t.id = a.treaty
            WHERE a.state = $a AND b.state = $b AND a.start <= $d AND a."end" > $d AND b.start <= $d AND b."end" > $d
              AND t.defence_from <= $d AND t.defence_until > $d)
            """, "$a", "$b", "$d");
    }

    public static int Key(LocalDate date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public static int Key(LocalDate? date) => date is LocalDate d ? Key(d) : Open;

    public bool IsMember(int treaty, string state, int date) => (long)Run(_isMember, treaty, state, date)! == 1;

    public int MembersOn(int treaty, int date) => Count(_membersOn, treaty, date);

    public int TreatiesOf(string state, int date) => Count(_treatiesOf, state, date);

    public bool AreAllies(string state, string other, int date) => (long)Run(_areAllies, state, other, date)! == 1;

    public void Dispose()
    {
        _isMember.Dispose();
        _membersOn.Dispose();
        _treatiesOf.Dispose();
        _areAllies.Dispose();
        _connection.Dispose();
    }

    private static object? Run(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteScalar();
    }

    private static int Count(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        int rows = 0;
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = 0 });
        }

        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

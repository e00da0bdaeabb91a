using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Treaties.Datasets;

/// <summary>
/// Writes dyad-year panels as CSV (with Sep) or Parquet (with Parquet.Net), streaming: rows are written as they come,
/// in Parquet row groups of <see cref="RowGroupSize"/> rows, and the panel is never held whole.
/// </summary>
public static class PanelWriter
{
    /// <summary>The number of rows in each Parquet row group.</summary>
    public const int RowGroupSize = 131_072;

    /// <summary>Returns the column names a panel is written with, in order.</summary>
    /// <param name="columns">The naming.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> ColumnNames(PanelColumns columns) => columns == PanelColumns.Atop
        ? ["ccode1", "ccode2", "year", "atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
        : ["ccode1", "ccode2", "year", "alliance", "defense", "offense", "neutral", "nonagg", "consul", "treaties"];

    /// <summary>Writes the rows as CSV: a header line, then one line per row, with 0 and 1 for the provisions.</summary>
    /// <param name="rows">The rows, such as <see cref="DyadYearPanel.Rows"/> gives.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long WriteCsv(IEnumerable<DyadYear> rows, Stream output, PanelColumns columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<string> names = ColumnNames(columns);
        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using SepWriter writer = Sep.New(',').Writer(o => o with { WriteHeader = true }).To(text);
        long count = 0;
        foreach (DyadYear row in rows)
        {
            using SepWriter.Row line = writer.NewRow();
            line[names[0]].Format(row.CowCode1);
            line[names[1]].Format(row.CowCode2);
            line[names[2]].Format(row.Year);
            line[names[3]].Format(1);
            line[names[4]].Format(Flag(row, AllianceProvisions.Defense));
            line[names[5]].Format(Flag(row, AllianceProvisions.Offense));
            line[names[6]].Format(Flag(row, AllianceProvisions.Neutrality));
            line[names[7]].Format(Flag(row, AllianceProvisions.NonAggression));
            line[names[8]].Format(Flag(row, AllianceProvisions.Consultation));
            if (columns == PanelColumns.Curated)
            {
                line[names[9]].Set(row.Treaties);
            }

            count++;
        }

        if (count == 0)
        {
            // Sep writes the header with the first row; an empty panel still gets its header line.
            text.Write(string.Join(',', names));
            text.Write('\n');
        }

        return count;
    }

    /// <summary>Writes the rows as Parquet: 32-bit integer columns, and for <see cref="PanelColumns.Curated"/> a string column of treaty ids.</summary>
    /// <param name="rows">The rows, such as <see cref="DyadYearPanel.Rows"/> gives.</param>
    /// <param name="output">Where to write; it must allow seeking, and is left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <param name="cancellationToken">Stops the writing between row groups.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<long> WriteParquetAsync(IEnumerable<DyadYear> rows, Stream output, PanelColumns columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<string> names = ColumnNames(columns);
        var fields = new List<Field>();
        for (int i = 0; i < 9; i++)
        {
            fields.Add(new DataField<int>(names[i]));
        }

        if (columns == PanelColumns.Curated)
        {
            fields.Add(new DataField<string>(names[9]));
        }

        var schema = new ParquetSchema(fields);
        ParquetWriter writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using ConfiguredAsyncDisposable disposeWriter = writer.ConfigureAwait(false);
        var buffer = new Buffer(columns == PanelColumns.Curated);
        long count = 0;
        foreach (DyadYear row in rows)
        {
            buffer.Add(row);
            count++;
            if (buffer.Count == RowGroupSize)
            {
                await buffer.FlushAsync(writer, schema, cancellationToken).ConfigureAwait(false);
            }
        }

        if (buffer.Count > 0 || count == 0)
        {
            await buffer.FlushAsync(writer, schema, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private static int Flag(DyadYear row, AllianceProvisions provision) => (row.Provisions & provision) != 0 ? 1 : 0;

    /// <summary>One row group's columns, filled row by row.</summary>
    private sealed class Buffer(bool treaties)
    {
        private readonly int[][] _ints = NewColumns();
        private readonly string[]? _treaties = treaties ? new string[RowGroupSize] : null;

        internal int Count { get; private set; }

        internal void Add(DyadYear row)
        {
            int i = Count++;
            _ints[0][i] = row.CowCode1;
            _ints[1][i] = row.CowCode2;
            _ints[2][i] = row.Year;
            _ints[3][i] = 1;
            _ints[4][i] = Flag(row, AllianceProvisions.Defense);
            _ints[5][i] = Flag(row, AllianceProvisions.Offense);
            _ints[6][i] = Flag(row, AllianceProvisions.Neutrality);
            _ints[7][i] = Flag(row, AllianceProvisions.NonAggression);
            _ints[8][i] = Flag(row, AllianceProvisions.Consultation);
            if (_treaties is not null)
            {
                _treaties[i] = row.Treaties;
            }
        }

        internal async Task FlushAsync(ParquetWriter writer, ParquetSchema schema, CancellationToken cancellationToken)
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            for (int c = 0; c < _ints.Length; c++)
            {
                await group.WriteAsync<int>(schema.DataFields[c], _ints[c].AsMemory(0, Count), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            if (_treaties is not null)
            {
                await group.WriteAsync(schema.DataFields[9], new ArraySegment<string>(_treaties, 0, Count), null).ConfigureAwait(false);
            }

            group.CompleteValidate();
            Count = 0;
        }

        private static int[][] NewColumns()
        {
            int[][] columns = new int[9][];
            for (int c = 0; c < columns.Length; c++)
            {
                columns[c] = new int[RowGroupSize];
            }

            return columns;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Treaties.Datasets;

/// <summary>
/// Writes dyad-year and state-year panels as CSV (with Sep) or Parquet (with Parquet.Net), streaming: rows are written
/// as they come, in Parquet row groups of <see cref="RowGroupSize"/> rows, and the panel is never held whole.
/// </summary>
public static class PanelWriter
{
    /// <summary>The number of rows in each Parquet row group.</summary>
    public const int RowGroupSize = 131_072;

    private static readonly Layout DyadAtop = new(
        ["ccode1", "ccode2", "year", "atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"], 3, false, false);

    private static readonly Layout DyadCurated = new(
        ["ccode1", "ccode2", "year", "alliance", "defense", "offense", "neutral", "nonagg", "consul", "treaties"], 3, false, true);

    private static readonly Layout StateAtop = new(
        ["ccode", "year", "atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul", "atop_number"], 2, true, false);

    private static readonly Layout StateCurated = new(
        ["ccode", "year", "alliance", "defense", "offense", "neutral", "nonagg", "consul", "number", "treaties"], 2, true, true);

    private static readonly AllianceProvisions[] FlagOrder =
        [AllianceProvisions.Defense, AllianceProvisions.Offense, AllianceProvisions.Neutrality, AllianceProvisions.NonAggression, AllianceProvisions.Consultation];

    /// <summary>Returns the column names a dyad-year panel is written with, in order.</summary>
    /// <param name="columns">The naming.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> ColumnNames(PanelColumns columns) => LayoutOf(columns, stateYear: false).Names;

    /// <summary>Returns the column names a state-year panel is written with, in order.</summary>
    /// <param name="columns">The naming.</param>
    /// <returns>
    /// For <see cref="PanelColumns.Atop"/>, <c>ccode,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atop_number</c>;
    /// for <see cref="PanelColumns.Curated"/>, <c>ccode,year,alliance,defense,offense,neutral,nonagg,consul,number,treaties</c>.
    /// </returns>
    public static IReadOnlyList<string> StateYearColumnNames(PanelColumns columns) => LayoutOf(columns, stateYear: true).Names;

    /// <summary>Writes a dyad-year panel as CSV: a header line, then one line per row, with 0 and 1 for the provisions.</summary>
    /// <param name="rows">The rows, such as <see cref="DyadYearPanel.Rows(int, int, bool, PanelRules, TreatyCatalog[])"/> gives.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long WriteCsv(IEnumerable<DyadYear> rows, Stream output, PanelColumns columns) =>
        WriteCsv(rows, output, LayoutOf(columns, stateYear: false));

    /// <summary>Writes a state-year panel as CSV: a header line, then one line per row, with 0 and 1 for the provisions.</summary>
    /// <param name="rows">The rows, such as <see cref="StateYearPanel.Rows"/> gives.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long WriteCsv(IEnumerable<StateYear> rows, Stream output, PanelColumns columns) =>
        WriteCsv(rows, output, LayoutOf(columns, stateYear: true));

    // The Parquet writers are overloads by the row type, which no call can confuse; the analyzer's rule is for overloads
    // that differ only in optional parameters.
#pragma warning disable RS0026
    /// <summary>Writes a dyad-year panel as Parquet: 32-bit integer columns, and for <see cref="PanelColumns.Curated"/> a string column of treaty ids.</summary>
    /// <param name="rows">The rows, such as <see cref="DyadYearPanel.Rows(int, int, bool, PanelRules, TreatyCatalog[])"/> gives.</param>
    /// <param name="output">Where to write; it must allow seeking, and is left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <param name="cancellationToken">Stops the writing between row groups.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<long> WriteParquetAsync(IEnumerable<DyadYear> rows, Stream output, PanelColumns columns, CancellationToken cancellationToken = default) =>
        WriteParquetAsync(rows, output, LayoutOf(columns, stateYear: false), cancellationToken);

    /// <summary>Writes a state-year panel as Parquet: 32-bit integer columns, and for <see cref="PanelColumns.Curated"/> a string column of treaty ids.</summary>
    /// <param name="rows">The rows, such as <see cref="StateYearPanel.Rows"/> gives.</param>
    /// <param name="output">Where to write; it must allow seeking, and is left open.</param>
    /// <param name="columns">The naming of the columns.</param>
    /// <param name="cancellationToken">Stops the writing between row groups.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<long> WriteParquetAsync(IEnumerable<StateYear> rows, Stream output, PanelColumns columns, CancellationToken cancellationToken = default) =>
        WriteParquetAsync(rows, output, LayoutOf(columns, stateYear: true), cancellationToken);
#pragma warning restore RS0026

    private static Layout LayoutOf(PanelColumns columns, bool stateYear) => (columns, stateYear) switch
    {
        (PanelColumns.Atop, false) => DyadAtop,
        (PanelColumns.Atop, true) => StateAtop,
        (_, false) => DyadCurated,
        _ => StateCurated,
    };

    private static long WriteCsv<T>(IEnumerable<T> rows, Stream output, Layout layout)
        where T : struct, IPanelRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using SepWriter writer = Sep.New(',').Writer(o => o with { WriteHeader = true }).To(text);
        long count = 0;
        foreach (T row in rows)
        {
            using SepWriter.Row line = writer.NewRow();
            for (int c = 0; c < layout.IntColumns; c++)
            {
                line[layout.Names[c]].Format(layout.Value(row, c));
            }

            if (layout.HasTreaties)
            {
                line[layout.Names[^1]].Set(row.Treaties);
            }

            count++;
        }

        if (count == 0)
        {
            // Sep writes the header with the first row; an empty panel still gets its header line.
            text.Write(string.Join(',', layout.Names));
            text.Write('\n');
        }

        return count;
    }

    private static async Task<long> WriteParquetAsync<T>(IEnumerable<T> rows, Stream output, Layout layout, CancellationToken cancellationToken)
        where T : struct, IPanelRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var fields = new List<Field>();
        for (int i = 0; i < layout.IntColumns; i++)
        {
            fields.Add(new DataField<int>(layout.Names[i]));
        }

        if (layout.HasTreaties)
        {
            fields.Add(new DataField<string>(layout.Names[^1]));
        }

        var schema = new ParquetSchema(fields);
        ParquetWriter writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using ConfiguredAsyncDisposable disposeWriter = writer.ConfigureAwait(false);
        var buffer = new Buffer(layout);
        long count = 0;
        foreach (T row in rows)
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

    /// <summary>
    /// A panel's columns: the key columns, the alliance flag, the five provisions, for a state-year the count of
    /// alliances, and for curated names the treaties.
    /// </summary>
    private sealed class Layout(string[] names, int keys, bool hasCount, bool hasTreaties)
    {
        internal ReadOnlyCollection<string> Names { get; } = Array.AsReadOnly(names);

        internal int IntColumns { get; } = keys + 6 + (hasCount ? 1 : 0);

        internal bool HasTreaties { get; } = hasTreaties;

        /// <summary>The value of an integer column of a row.</summary>
        internal int Value<T>(in T row, int column)
            where T : struct, IPanelRow
        {
            if (column < keys)
            {
                return row.Key(column);
            }

            int flag = column - keys - 1;
            return flag < 0 ? 1
                : flag < FlagOrder.Length ? ((row.Provisions & FlagOrder[flag]) != 0 ? 1 : 0)
                : row.Count;
        }
    }

    /// <summary>One row group's columns, filled row by row.</summary>
    private sealed class Buffer
    {
        private readonly Layout _layout;
        private readonly int[][] _ints;
        private readonly string[]? _treaties;

        internal Buffer(Layout layout)
        {
            _layout = layout;
            _ints = new int[layout.IntColumns][];
            for (int c = 0; c < _ints.Length; c++)
            {
                _ints[c] = new int[RowGroupSize];
            }

            _treaties = layout.HasTreaties ? new string[RowGroupSize] : null;
        }

        internal int Count { get; private set; }

        internal void Add<T>(in T row)
            where T : struct, IPanelRow
        {
            int i = Count++;
            for (int c = 0; c < _ints.Length; c++)
            {
                _ints[c][i] = _layout.Value(row, c);
            }

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
                await group.WriteAsync(schema.DataFields[_ints.Length], new ArraySegment<string>(_treaties, 0, Count), null).ConfigureAwait(false);
            }

            group.CompleteValidate();
            Count = 0;
        }
    }
}

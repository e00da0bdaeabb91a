using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Treaties;
using Treaties.Datasets;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>
/// The research commands, which need Treaties.Datasets: <c>panel</c> (dyad-year or state-year panels from the curated
/// catalog, ATOP or both) and <c>compare-atop</c> (where the catalog and ATOP disagree).
/// </summary>
internal sealed class ResearchCommands
{
    private readonly TextWriter _error;
    private readonly Option<FileInfo?> _atop;
    private readonly Option<bool> _curated;
    private readonly Option<int> _from;
    private readonly Option<int> _to;
    private readonly Option<FileInfo> _out;
    private readonly Option<bool> _directed;
    private readonly Option<string?> _rules;
    private readonly Option<string?> _unit;
    private readonly Argument<FileInfo> _file;
    private readonly Option<FileInfo?> _report;
    private readonly Command _panel;
    private readonly Command _compare;
    private readonly Labels _labels;

    internal ResearchCommands(RootCommand root, TextWriter error, Labels labels)
    {
        _error = error;
        _labels = labels;
        _atop = new("--atop") { Description = labels["Help_PanelAtop"] };
        _curated = new("--curated") { Description = labels["Help_PanelCurated"] };
        _from = new("--from") { Description = labels["Help_PanelFrom"], Required = true };
        _to = new("--to") { Description = labels["Help_PanelTo"], Required = true };
        _out = new("--out") { Description = labels["Help_PanelOut"], Required = true };
        _directed = new("--directed") { Description = labels["Help_PanelDirected"] };
        _rules = new("--rules") { Description = labels["Help_PanelRules"] };
        _unit = new("--unit") { Description = labels["Help_PanelUnit"] };
        _file = new("file") { Description = labels["Help_CompareFile"] };
        _report = new("--out") { Description = labels["Help_CompareOut"] };
        _panel = new("panel", labels["Help_Panel"]);
        _compare = new("compare-atop", labels["Help_CompareAtop"]);
        foreach (Option option in (Option[])[_atop, _curated, _from, _to, _out, _directed, _rules, _unit])
        {
            _panel.Options.Add(option);
        }

        root.Subcommands.Add(_panel);
        _compare.Arguments.Add(_file);
        _compare.Options.Add(_report);
        root.Subcommands.Add(_compare);
    }

    internal void SetActions(ParseResult parse, Func<TreatyCatalog> catalog, TextWriter output)
    {
        _panel.SetAction(_ =>
        {
            // The options are checked before any file is read, so that a mistyped option costs no load.
            FileInfo? atopFile = parse.GetValue(_atop);
            bool withCurated = atopFile is null || parse.GetValue(_curated);
            PanelRules rules = parse.GetValue(_rules) is string name ? Rules(name) : withCurated ? PanelRules.Days : PanelRules.Atop;
            bool stateYear = parse.GetValue(_unit) switch
            {
                null or "dyad-year" => false,
                "state-year" => true,
                string other => throw new ToolException(_labels.Say("Error_PanelUnit", ("unit", other))),
            };
            if (stateYear && parse.GetValue(_directed))
            {
                throw new ToolException(_labels["Error_PanelDirected"]);
            }

            if (parse.GetValue(_to) < parse.GetValue(_from))
            {
                throw new ToolException(_labels.Say("Error_PanelYears", ("from", parse.GetValue(_from)), ("to", parse.GetValue(_to))));
            }

            TreatyCatalog? atop = atopFile is null ? null : LoadAtop(atopFile);
            TreatyCatalog? curated = withCurated ? catalog() : null;

            var request = new PanelRequest([.. new[] { curated, atop }.OfType<TreatyCatalog>()], curated is null ? PanelColumns.Atop : PanelColumns.Curated, rules);
            WritePanel(request, parse.GetValue(_from), parse.GetValue(_to), stateYear, parse.GetValue(_directed), parse.GetValue(_out)!);
        });
        _compare.SetAction(_ =>
        {
            FileInfo file = parse.GetValue(_file)!;
            TreatyCatalog atop = LoadAtop(file);
            if (parse.GetValue(_report) is FileInfo report)
            {
                Writing(report, () =>
                {
                    using var writer = new StreamWriter(report.FullName);
                    AtopComparisonReport.Write(writer, catalog(), atop, file.Name);
                });
            }
            else
            {
                AtopComparisonReport.Write(output, catalog(), atop, file.Name);
            }
        });
    }

    /// <summary>Reads ATOP's file, and says on standard error which rows the catalog leaves out.</summary>
    private TreatyCatalog LoadAtop(FileInfo file)
    {
        AtopLoadReport read = QueryTool.Read(file, "Atop", _labels, AtopDataset.LoadWithReport);
        foreach (AtopRowLeftOut row in read.RowsLeftOut)
        {
            _error.WriteLine(_labels.Say("Note_RowLeftOut", ("file", file.Name), ("row", row)));
        }

        return read.Catalog;
    }

    /// <summary>Writes a panel to a .parquet or .csv file, whole or not at all, with progress on standard error every ten years.</summary>
    private void WritePanel(PanelRequest request, int from, int to, bool stateYear, bool directed, FileInfo file)
    {
        string extension = file.Extension.ToUpperInvariant();
        if (extension is not ".PARQUET" and not ".CSV")
        {
            throw new ToolException(_labels.Say("Error_PanelExtension", ("file", file.Name)));
        }

        bool csv = extension == ".CSV";
        string temporary = file.FullName + ".partial";
        long count = 0;
        Writing(file, () =>
        {
            using (FileStream stream = File.Create(temporary))
            {
                if (stateYear)
                {
                    IEnumerable<StateYear> rows = WithProgress(StateYearPanel.Rows(from, to, request.Rules, request.Catalogs), r => r.Year);
                    count = csv ? PanelWriter.WriteCsv(rows, stream, request.Columns) : PanelWriter.WriteParquetAsync(rows, stream, request.Columns).GetAwaiter().GetResult();
                }
                else
                {
                    IEnumerable<DyadYear> rows = WithProgress(DyadYearPanel.Rows(from, to, directed, request.Rules, request.Catalogs), r => r.Year);
                    count = csv ? PanelWriter.WriteCsv(rows, stream, request.Columns) : PanelWriter.WriteParquetAsync(rows, stream, request.Columns).GetAwaiter().GetResult();
                }
            }

            File.Move(temporary, file.FullName, overwrite: true);
        });
        _error.WriteLine(_labels.Count("Panel_Written", count, ("from", from), ("to", to), ("file", file.Name), ("rules", request.Rules)));
    }

    /// <summary>Finds the panel rule named, by the library's own names.</summary>
    private PanelRules Rules(string name)
    {
        try
        {
            return PanelRules.FromName(name);
        }
        catch (ArgumentException)
        {
            throw new ToolException(_labels.Say("Error_PanelRules", ("rules", name)));
        }
    }

    /// <summary>Writes a file, saying in the tool's words which file could not be written, with .NET's reason.</summary>
    private void Writing(FileInfo file, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(_labels.Say("Error_CannotWrite", ("file", file.FullName), ("detail", InputText.OneLine(e))), e);
        }
    }

    private IEnumerable<T> WithProgress<T>(IEnumerable<T> rows, Func<T, int> yearOf)
    {
        long count = 0;
        int year = int.MinValue;
        foreach (T row in rows)
        {
            int rowYear = yearOf(row);
            if (rowYear != year && rowYear % 10 == 0)
            {
                _error.WriteLine(_labels.Count("Panel_Progress", count, ("year", rowYear)));
            }

            year = rowYear;
            count++;
            yield return row;
        }
    }

    /// <summary>What a panel is made from: the catalogs, the names of its columns and the rules.</summary>
    private sealed record PanelRequest(TreatyCatalog[] Catalogs, PanelColumns Columns, PanelRules Rules);
}

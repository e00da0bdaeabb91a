using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests;

/// <summary>
/// No list the Datasets package hands out can be written, even through a cast: every list its answers reach is tested
/// as the runtime object it is, as the core's tests do for the catalog's own answers.
/// </summary>
public class ImmutableAnswersTests
{
    [Fact]
    public void EveryListADatasetsAnswerReturns_CannotBeWritten()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;
        (string Where, object Answer)[] answers =
        [
            ("AtopComparison.Compare", AtopComparison.Compare(catalog, AtopDataset.Load(AtopFiles.Stream(AtopFiles.Comparison)))),
            ("AtopDataset.LoadWithReport", AtopDataset.LoadWithReport(AtopFiles.Stream(AtopFiles.Quirks))),
            ("PanelRules.All", PanelRules.All),
            ("PanelWriter.ColumnNames", PanelWriter.ColumnNames(PanelColumns.Atop)),
            ("PanelWriter.StateYearColumnNames", PanelWriter.StateYearColumnNames(PanelColumns.Curated)),
        ];

        string[] kinds = WritableLists.Find(answers, typeof(TreatyCatalog).Assembly, typeof(AtopDataset).Assembly);
        Assert.True(kinds.Length == 0, "Lists that can be written:\n" + string.Join("\n", kinds));
    }
}

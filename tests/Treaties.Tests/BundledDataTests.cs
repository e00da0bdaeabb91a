using System.Linq;
using Xunit;

namespace Treaties.Tests;

public class BundledDataTests
{
    [Fact]
    public void Default_Loads() => Assert.Equal(["NATO", "CSTO"], TreatyCatalog.Default.Treaties.Select(t => t.Id));
}

using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Storage;

public sealed class TableInitializerTests
{
    [Fact]
    public async Task EnsureTables_OnAzurite_CreatesEveryTable()
    {
        var tables = await TestTables.CreateAsync();

        foreach (var name in Tables.All)
        {
            var exists = await tables.Get(name).GetAccessPoliciesAsync();
            Assert.NotNull(exists);
        }
    }
}

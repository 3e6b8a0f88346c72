using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Privacy;

namespace Verkruisen.Bot.Tests.Privacy;

/// <summary>The pseudonym under which questions and checks are kept: stable per person, distinct per person, no id in it.</summary>
public sealed class UserKeyTests
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Anna = "7eac0000-0000-4000-8000-000000000001";

    [Fact]
    public void Of_SamePersonOnAnyActivity_IsTheSameKey() =>
        Assert.Equal(UserKey.Of(Tenant, Anna), UserKey.Of(new ChatUser(" " + Anna.ToUpperInvariant(), "29:other-channel-id", "Juf Anna", Tenant.ToUpperInvariant())));

    [Theory]
    [InlineData(Tenant, "3a9a0000-0000-4000-8000-000000000002")]
    [InlineData("99999999-2222-3333-4444-555555555555", Anna)]
    public void Of_AnotherPersonOrTenant_IsAnotherKey(string tenant, string aad) =>
        Assert.NotEqual(UserKey.Of(Tenant, Anna), UserKey.Of(tenant, aad));

    [Fact]
    public void Of_Anyone_HoldsNoIdAndHasAFixedShape()
    {
        var key = UserKey.Of(Tenant, Anna);

        Assert.Matches("^u1-[0-9a-f]{32}$", key);
        Assert.DoesNotContain(Anna[..8], key, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Of_NoEntraId_IsEmptySoNothingIsLinked(string? aad) =>
        Assert.Equal("", UserKey.Of(Tenant, aad));
}

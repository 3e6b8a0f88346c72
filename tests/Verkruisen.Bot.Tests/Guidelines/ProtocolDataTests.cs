using System.Text.RegularExpressions;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed partial class ProtocolDataTests
{
    private static readonly Protocol Protocol = Protocol.Load();

    [Fact]
    public void Load_Sections_AreThoseOfTheProtocolInOrder()
    {
        Assert.Equal(
            ["purpose", "scope", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "adoption"],
            Protocol.Sections.Select(s => s.Id));
    }

    [Fact]
    public void Original_AllSectionsTogether_AreTheProtocolTextVerbatim()
    {
        var source = Normalize(File.ReadAllText(RepoPaths.InShared("protocol", "social-media-protocol.nl.txt")));
        var parts = Protocol.Sections.Select(s => s.IsRule ? s.Id + ". " + s.Original.Nl : s.Original.Nl).ToList();
        var rebuilt = "Social Media Protocol obs Verkruisen en toekomstige fusieschool Muntendam "
            + string.Join(" ", parts.Take(2)) + " Richtlijnen gebruik social media " + string.Join(" ", parts.Skip(2));

        Assert.Equal(source, Normalize(rebuilt));
    }

    [Fact]
    public void Sections_EveryField_IsFilledInBothLanguages()
    {
        foreach (var s in Protocol.Sections)
        {
            Assert.All(new[] { s.Title, s.Original, s.Answer }, t => Assert.False(string.IsNullOrWhiteSpace(t.Nl) || string.IsNullOrWhiteSpace(t.En), s.Id));
            Assert.True(s.Keywords.Count >= 10, s.Id + " needs vocabulary");
            Assert.True(s.Examples.Count >= 4, s.Id + " needs example questions");
        }
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

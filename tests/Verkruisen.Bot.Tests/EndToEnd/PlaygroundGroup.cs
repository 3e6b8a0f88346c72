namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>Browser tests share one local loop (bot + Playground) and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundGroup : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}

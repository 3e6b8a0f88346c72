namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>Browser tests in Alex's chat (and his manager Megan's): one at a time, on the run's one local loop.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundGroup : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}

/// <summary>
/// Browser tests of people Alex's tests never touch (the director Patti): one at a
/// time, beside <see cref="PlaygroundGroup"/>, on the same local loop.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OtherPeoplePlaygroundGroup : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground, other people";
}

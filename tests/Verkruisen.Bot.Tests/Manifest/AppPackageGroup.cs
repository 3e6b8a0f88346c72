namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>Tests that run the package command share one built package and never run the command in parallel.</summary>
[CollectionDefinition(Name)]
public sealed class AppPackageGroup : ICollectionFixture<BuiltAppPackage>
{
    public const string Name = "App package";
}

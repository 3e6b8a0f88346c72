namespace Verkruisen.AppPackage;

/// <summary>A built package: the folder with the filled files, the zip, and the file names at its root.</summary>
public sealed record AppPackage(string Folder, string Zip, IReadOnlyList<string> Files);

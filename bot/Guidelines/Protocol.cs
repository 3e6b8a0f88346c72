using System.Text.Json;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The protocol, loaded once from the embedded Data/protocol.json.</summary>
public sealed class Protocol
{
    private const string ResourceName = "Verkruisen.Bot.Guidelines.Data.protocol.json";

    private readonly Dictionary<string, ProtocolSection> byId;

    public Protocol(ProtocolDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        byId = document.Sections.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    public ProtocolDocument Document { get; }

    /// <summary>The sections in the protocol's order: purpose, scope, 1..12, adoption.</summary>
    public IReadOnlyList<ProtocolSection> Sections => Document.Sections;

    public ProtocolSection? Find(string id) => byId.GetValueOrDefault(id);

    public static Protocol Load()
    {
        using var stream = typeof(Protocol).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Embedded resource " + ResourceName + " is missing.");
        var document = JsonSerializer.Deserialize(stream, GuidelinesJsonContext.Default.ProtocolDocument)
            ?? throw new InvalidOperationException(ResourceName + " is empty.");
        return new Protocol(document);
    }
}

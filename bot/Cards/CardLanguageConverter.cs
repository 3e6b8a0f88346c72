using System.Text.Json;
using System.Text.Json.Serialization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Cards;

/// <summary>A card's language as Adaptive Cards' <c>lang</c>: "nl" or "en" (anything else reads as Dutch).</summary>
public sealed class CardLanguageConverter : JsonConverter<Language>
{
    public override Language Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LanguageExtensions.FromWire(reader.GetString());

    public override void Write(Utf8JsonWriter writer, Language value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToWire());
    }
}

namespace Verkruisen.Bot.Teams.Inbound;

/// <summary>The JSON Schema <c>type</c> names a <see cref="SchemaNode"/> allows.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Object = 1,
    Array = 2,
    String = 4,
    Number = 8,
    Integer = 16,
    Boolean = 32,
    Null = 64,
}

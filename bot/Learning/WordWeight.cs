namespace Verkruisen.Bot.Learning;

/// <summary>A stretch of the text (character offsets) and how much it weighed in a linear model's score.</summary>
public sealed record WordWeight(int Start, int End, double Weight)
{
    /// <summary>The words themselves, cut from the text they were found in.</summary>
    public string In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}

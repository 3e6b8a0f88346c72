namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>One kind of check on a draft; it adds its findings to the facts.</summary>
internal interface IDraftDetector
{
    void Detect(DraftFacts facts);
}

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// What the question model says: the probability that the question is about the protocol, out of scope or help,
/// and, given that it is about the protocol, of each section (in the protocol's order).
/// </summary>
public sealed record QuestionPrediction(double Answer, double OutOfScope, double Help, IReadOnlyList<double> Sections);

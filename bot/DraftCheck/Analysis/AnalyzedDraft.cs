using System.Text.RegularExpressions;
using Verkruisen.Bot.DraftCheck.Lexicons;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck.Analysis;

/// <summary>A draft analysed once: its words and stems with offsets, its sentences, and per-draft match caches.</summary>
internal sealed partial class AnalyzedDraft
{
    private readonly Dictionary<TermSet, IReadOnlyList<TermMatch>> cache = new(capacity: 64);
    private readonly List<(int Start, int End)> sentences = [];

    /// <param name="dutch">The same text analysed as Dutch, when already done: its words and Dutch stems are reused.</param>
    public AnalyzedDraft(string text, Language language, TextAnalyzer analyzer, AnalyzedDraft? dutch = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        Text = text;
        Language = language;
        Words = dutch?.Words ?? analyzer.WordTokens(text);
        Stems = language == Language.Nl && dutch is not null ? dutch.Stems : analyzer.StemTokens(text, language);
        DutchStems = language == Language.Nl ? Stems : dutch?.Stems ?? analyzer.StemTokens(text, Language.Nl);
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            sentences.Add((start, end.Index + end.Length));
            start = end.Index + end.Length;
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }
    }

    public string Text { get; }

    public Language Language { get; }

    public IReadOnlyList<TextToken> Words { get; }

    public IReadOnlyList<TextToken> Stems { get; }

    /// <summary>The Dutch stems whatever the language (what the learned models' text features are made of).</summary>
    public IReadOnlyList<TextToken> DutchStems { get; }

    /// <summary>The draft's text of a word, as typed (for capitalisation).</summary>
    public string Original(int word) => Text[Words[word].Start..Words[word].End];

    /// <summary>The index of the word that starts at or contains the offset.</summary>
    public int WordAt(int offset)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i].End > offset)
            {
                return i;
            }
        }

        return Math.Max(0, Words.Count - 1);
    }

    public int SentenceOf(int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (offset < sentences[i].End)
            {
                return i;
            }
        }

        return Math.Max(0, sentences.Count - 1);
    }

    /// <summary>Whether a word is the first of its sentence (capitals there say nothing about names).</summary>
    public bool StartsSentence(int word)
    {
        var sentence = SentenceOf(Words[word].Start);
        return word == 0 || SentenceOf(Words[word - 1].Start) != sentence;
    }

    /// <summary>The sentence around an offset, as a span.</summary>
    public (int Start, int End) SentenceSpan(int offset) => sentences.Count == 0 ? (0, Text.Length) : sentences[SentenceOf(offset)];

    /// <summary>Whether two offsets lie in the same sentence or in neighbouring ones.</summary>
    public bool Near(int offset, int other) => Math.Abs(SentenceOf(offset) - SentenceOf(other)) <= 1;

    /// <summary>The text from start to end, cut to word bounds and at most <paramref name="max"/> characters.</summary>
    public string Excerpt(int start, int end, int max = 140)
    {
        var text = Text[start..end].Trim();
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    internal IReadOnlyList<TermMatch> Cached(TermSet set, Func<IReadOnlyList<TermMatch>> compute)
    {
        if (!cache.TryGetValue(set, out var matches))
        {
            matches = compute();
            cache[set] = matches;
        }

        return matches;
    }

    [GeneratedRegex(@"[.!?]+(?=\s|$)|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}

using System.Collections.Frozen;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The lexical side of the question engine: ranks the protocol sections for a question. Scores every section two ways and averages:
/// BM25 over the section's weighted words (keywords, title, text, examples), normalised by what the question
/// could score at most, and the cosine similarity to the section's nearest example question (idf-weighted).
/// Questions with no protocol vocabulary, or more off-topic words than protocol words, are out of scope.
/// Built once (singleton); answering is read-only and thread-safe.
/// </summary>
public sealed class LexicalEngine
{
    private const double K1 = 1.2;
    private const double B = 0.5;
    private const double MinStrength = 1.0;
    private const double FullStrength = 1.5;
    private const string SocialMedia = "socialmedia";
    private const int MinPrefix = 3;
    private const int MaxCompletions = 5;
    private const int MinLanguageEvidence = 2;

    /// <summary>A section's score when the question names none of the actors it is about (its cues).</summary>
    private const double CueMissingFactor = 0.6;

    private readonly QuestionTerms terms;

    public QuestionTerms Terms => terms;
    private readonly SectionIndex index;
    private readonly FrozenSet<string> greetings;
    private readonly FrozenSet<string> englishHints;
    private readonly FrozenSet<string> genericStems;
    private readonly FrozenSet<string> weakStems;
    private readonly FrozenSet<string> outOfScopeStems;
    private readonly FrozenSet<string> platformStems;
    private readonly ProtocolSection? scope;

    public LexicalEngine(Protocol protocol, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var document = protocol.Document;
        terms = new QuestionTerms(document, analyzer);
        index = new SectionIndex(protocol, terms);
        greetings = document.Greetings.SelectMany(terms.Fold).ToFrozenSet(StringComparer.Ordinal);
        englishHints = document.English.SelectMany(terms.Fold).ToFrozenSet(StringComparer.Ordinal);
        genericStems = StemsOf(document.Generic);
        weakStems = StemsOf(document.Weak);
        outOfScopeStems = StemsOf(document.OutOfScope);
        platformStems = StemsOf(document.Synonyms.Where(g => g.Means == SocialMedia).SelectMany(g => g.Words.Append(g.Means)));
        scope = protocol.Find("scope");
    }

    /// <summary>
    /// The kind the word lists point to, every section ranked (empty when the question has no content words), and the
    /// lexical confidence. Out-of-scope questions are ranked too, so a model can overrule the word lists.
    /// </summary>
    public LexicalResult Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = terms.Fold(question);
        var language = Detect(words);
        // "dank je wel", "hoe werkt deze bot": nothing but greetings and small words.
        if (words.All(w => greetings.Contains(w) || terms.IsStopWord(w)))
        {
            return Outcome(QuestionKind.Help, language);
        }

        var content = terms.Terms(words, correctTypos: true);
        if (content.Count == 0)
        {
            return Outcome(QuestionKind.Help, language);
        }

        // "Is Instagram social media?", "TikTok?": nothing but platform names is a question about what counts.
        if (scope is not null && content.All(w => w.Stems.All(s => platformStems.Contains(s) || genericStems.Contains(s)))
            && content.Any(w => w.Stems.Any(platformStems.Contains)))
        {
            return new LexicalResult(QuestionKind.Answer, [new RankedSection(scope, 1)], 1, language, 1, PlatformsOnly: true);
        }

        var query = new HashSet<string>(StringComparer.Ordinal);
        int domainWords = 0, offTopicWords = 0, unknownWords = 0;
        foreach (var word in content)
        {
            if (word.Word.All(char.IsAsciiDigit))
            {
                continue;
            }

            if (word.Stems.Any(outOfScopeStems.Contains))
            {
                offTopicWords++;
                continue;
            }

            query.UnionWith(word.Stems);
            if (word.Stems.Any(s => index.CoreStems.Contains(s) && !genericStems.Contains(s)))
            {
                domainWords++;
            }
            else if (!word.Stems.Any(index.Idf.ContainsKey))
            {
                unknownWords++;
            }
        }

        var strength = query.Where(s => !genericStems.Contains(s)).Sum(s => index.Idf.GetValueOrDefault(s));
        var ranked = Rank(query);
        // Specific when the question says something ("mag ik dit posten?" does not) and few of its words are unknown.
        var specific = query.Where(s => !genericStems.Contains(s) && !weakStems.Contains(s)).Sum(s => index.Idf.GetValueOrDefault(s));
        var known = domainWords + unknownWords == 0 ? 0 : (double)domainWords / (domainWords + unknownWords);
        var specificity = Math.Round(Math.Min(1, specific / FullStrength) * Math.Sqrt(known), 3);
        if (strength < MinStrength || domainWords <= offTopicWords)
        {
            return new LexicalResult(QuestionKind.OutOfScope, ranked, 0, language, specificity);
        }

        var top = ranked[0].Score;
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        // Sure when one section stands out and the question is specific.
        var confidence = top * (0.6 + (0.4 * (top - second) / top)) * specificity;
        return new LexicalResult(QuestionKind.Answer, ranked, Math.Round(confidence, 3), language, specificity);
    }

    /// <summary>
    /// The compose-box search: every section the text's words point to, best first, without the scope gate or the
    /// confidence an answer needs. The last word may be unfinished ("fot"): it also stands for the protocol words it
    /// begins (at most <see cref="MaxCompletions"/>), so results appear while typing.
    /// </summary>
    public IReadOnlyList<RankedSection> Search(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = terms.Fold(text).Where(w => !w.All(char.IsAsciiDigit)).ToList();
        if (words.Count > 0 && words[^1] is { Length: >= MinPrefix } last && !terms.Vocabulary.Contains(last))
        {
            var completions = terms.Vocabulary
                .Where(v => v.Length > last.Length && v.StartsWith(last, StringComparison.Ordinal) && !terms.IsStopWord(v))
                .OrderBy(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)
                .Take(MaxCompletions)
                .ToList();
            if (completions.Count > 0)
            {
                words.RemoveAt(words.Count - 1);
                words.AddRange(completions);
            }
        }

        var query = terms.Terms(words, correctTypos: true).SelectMany(w => w.Stems).ToHashSet(StringComparer.Ordinal);
        return query.Count == 0 ? [] : [.. Rank(query).Where(r => r.Score > 0)];
    }

    /// <summary>
    /// The text as weighted stems, for nearest-example matching of the school's own examples: every content word's
    /// stems, as typed and as corrected against the protocol's vocabulary, without the generic and weak words ("mag",
    /// "posten"). A stem weighs its idf over the sections; a stem the protocol does not know weighs as much as one that
    /// only one section has (such words are why the engine was not sure, and what the example is about).
    /// </summary>
    public IReadOnlyDictionary<string, double> Vector(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = terms.Fold(text);
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in terms.Terms(words, correctTypos: true).Concat(terms.Terms(words, correctTypos: false)))
        {
            if (word.Word.All(char.IsAsciiDigit))
            {
                continue;
            }

            foreach (var stem in word.Stems)
            {
                if (!genericStems.Contains(stem) && !weakStems.Contains(stem))
                {
                    vector[stem] = index.Idf.TryGetValue(stem, out var idf) ? idf : index.RareIdf;
                }
            }
        }

        return vector;
    }

    private List<RankedSection> Rank(HashSet<string> query)
    {
        var sections = index.Sections;
        var bm25 = new double[sections.Count];
        var nearest = new double[sections.Count];
        double maxPossible = 0, queryNorm = 0;
        foreach (var stem in query)
        {
            if (!index.Idf.TryGetValue(stem, out var idf))
            {
                continue;
            }

            maxPossible += idf * (K1 + 1);
            queryNorm += idf * idf;
            for (var i = 0; i < sections.Count; i++)
            {
                if (index.TermFrequencies[i].TryGetValue(stem, out var tf))
                {
                    var norm = K1 * (1 - B + (B * index.Lengths[i] / index.AverageLength));
                    bm25[i] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }

        queryNorm = Math.Sqrt(queryNorm);
        foreach (var example in index.Examples)
        {
            double dot = 0;
            foreach (var stem in query)
            {
                if (example.Stems.Contains(stem) && index.Idf.TryGetValue(stem, out var idf))
                {
                    dot += idf * idf;
                }
            }

            var cosine = dot == 0 ? 0 : dot / (queryNorm * example.Norm);
            nearest[example.Section] = Math.Max(nearest[example.Section], cosine);
        }

        var ranked = new List<RankedSection>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var score = (0.5 * (maxPossible == 0 ? 0 : bm25[i] / maxPossible)) + (0.5 * nearest[i]);
            if (index.Cues[i] is { } cues && !query.Overlaps(cues))
            {
                score *= CueMissingFactor;
            }

            ranked.Add(new RankedSection(sections[i], Math.Round(score, 4)));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>The language <paramref name="text"/> is written in; null when it is too short to tell.</summary>
    public Language? LanguageOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(terms.Fold(text));
    }

    /// <summary>
    /// The language of the words: Dutch-only function words against English-only function words and English hints. Null when
    /// the text is too short to tell (fewer than <see cref="MinLanguageEvidence"/> telling words, or a tie).
    /// </summary>
    private Language? Detect(IReadOnlyList<string> words)
    {
        int english = 0, dutch = 0;
        foreach (var word in words)
        {
            var en = englishHints.Contains(word) || TextAnalyzer.IsFunctionWord(word, Language.En);
            var nl = TextAnalyzer.IsFunctionWord(word, Language.Nl);
            english += en && !nl ? 1 : 0;
            dutch += nl && !en ? 1 : 0;
        }

        return english + dutch < MinLanguageEvidence || english == dutch ? null
            : english > dutch ? Language.En : Language.Nl;
    }

    private FrozenSet<string> StemsOf(IEnumerable<string> texts) =>
        texts.SelectMany(t => terms.Terms(terms.Fold(t), correctTypos: false)).SelectMany(w => w.Stems).ToFrozenSet(StringComparer.Ordinal);

    private static LexicalResult Outcome(QuestionKind kind, Language? language) => new(kind, [], 0, language, 0);
}

using Verkruisen.Bot.DraftCheck.Lexicons;

namespace Verkruisen.Bot.DraftCheck.Analysis;

/// <summary>
/// Finds the people a draft talks about: first names (from the name list, or by their place: "onze Emma",
/// "Emma uit groep 6", "juf Marieke"), pupils, groups, colleagues and parents with a determiner or number,
/// pronouns, the reader addressed ("u") and the school's bodies and events.
/// </summary>
internal static class PersonFinder
{
    public static IReadOnlyList<PersonRef> Find(AnalyzedDraft draft, Lexicon lexicon, DraftCheckData data)
    {
        var found = new List<PersonRef>();
        for (var i = 0; i < draft.Words.Count; i++)
        {
            if (NameAt(draft, lexicon, data, i) is { } name)
            {
                found.Add(name);
            }
        }

        AddWords(found, draft, lexicon, "pupil", PersonKind.Pupil);
        AddWords(found, draft, lexicon, "colleague", PersonKind.Colleague);
        AddWords(found, draft, lexicon, "parent", PersonKind.Parent);
        foreach (var match in lexicon["group"].Matches(draft))
        {
            var strong = IsNumber(draft, match.Word + 1) || lexicon["possessive"].MatchesWord(draft, match.Word - 1);
            found.Add(new PersonRef(PersonKind.Group, strong ? Specificity.Strong : Specificity.Generic, match.Start, match.End, match.Word));
        }

        Add(found, lexicon["pronoun"], draft, PersonKind.Pronoun, Specificity.Weak);
        Add(found, lexicon["addressee"], draft, PersonKind.Addressee, Specificity.Weak);
        Add(found, lexicon["organisation"], draft, PersonKind.Organisation, Specificity.Generic);
        return found;
    }

    private static PersonRef? NameAt(AnalyzedDraft draft, Lexicon lexicon, DraftCheckData data, int i)
    {
        var original = WithoutPossessive(draft.Original(i));
        if (original.Length < 2 || !char.IsUpper(original[0]) || original.Skip(1).Any(char.IsUpper) || NamesAPet(draft, lexicon, i))
        {
            return null;
        }

        var listed = data.FirstNames.Contains(original);
        var byPlace = !draft.StartsSentence(i)
            && (lexicon["possessive"].MatchesWord(draft, i - 1) || lexicon["pupil"].MatchesWord(draft, i - 1) || FollowedByGroup(draft, lexicon, i)
                || ChildOf(draft, lexicon, i));
        if (!listed && !byPlace)
        {
            return null;
        }

        var token = draft.Words[i];
        var kind = lexicon["colleagueTitle"].MatchesWord(draft, i - 1) ? PersonKind.Colleague
            : lexicon["adultTitle"].MatchesWord(draft, i - 1) ? PersonKind.Adult
            : PersonKind.Pupil;
        return new PersonRef(kind, Specificity.Strong, token.Start, token.End, i, Named: true);
    }

    /// <summary>"onze kat Moos", "de hamster heet Kees", "our dog called Max": an animal's name, not a person's.</summary>
    private static bool NamesAPet(AnalyzedDraft draft, Lexicon lexicon, int i) =>
        (i >= 1 && lexicon["pet"].MatchesWord(draft, i - 1))
        || (i >= 2 && draft.Words[i - 1].Term is "heet" or "heette" or "genaamd" or "called" or "named" && lexicon["pet"].MatchesWord(draft, i - 2));

    /// <summary>"Ethan's", "Ethan’s" → "Ethan".</summary>
    private static string WithoutPossessive(string word) =>
        word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    /// <summary>"de ouders van Noah", "moeder van Finn", "the parents of Liam": a child named through a parent.</summary>
    private static bool ChildOf(AnalyzedDraft draft, Lexicon lexicon, int i) =>
        i >= 2 && draft.Words[i - 1].Term is "van" or "of" && lexicon["parent"].MatchesWord(draft, i - 2);

    private static bool FollowedByGroup(AnalyzedDraft draft, Lexicon lexicon, int i) =>
        i + 2 < draft.Words.Count && draft.Words[i + 1].Term is "uit" or "van" or "in" or "from" or "of"
        && lexicon["group"].MatchesWord(draft, i + 2);

    private static void AddWords(List<PersonRef> found, AnalyzedDraft draft, Lexicon lexicon, string group, PersonKind kind)
    {
        foreach (var match in lexicon[group].Matches(draft))
        {
            found.Add(new PersonRef(kind, SpecificityAt(draft, lexicon, match.Word), match.Start, match.End, match.Word));
        }
    }

    private static Specificity SpecificityAt(AnalyzedDraft draft, Lexicon lexicon, int word)
    {
        for (var j = word - 1; j >= Math.Max(0, word - 2); j--)
        {
            if (IsNumber(draft, j) || lexicon["possessive"].MatchesWord(draft, j))
            {
                return Specificity.Strong;
            }
        }

        for (var j = word + 1; j <= Math.Min(draft.Words.Count - 1, word + 3); j++)
        {
            if (lexicon["possessive"].MatchesWord(draft, j) || (lexicon["group"].MatchesWord(draft, j) && IsNumber(draft, j + 1)))
            {
                return Specificity.Strong;
            }
        }

        return word > 0 && lexicon["specifier"].MatchesWord(draft, word - 1) ? Specificity.Weak : Specificity.Generic;
    }

    private static bool IsNumber(AnalyzedDraft draft, int word) =>
        word >= 0 && word < draft.Words.Count && draft.Words[word].Term.All(char.IsAsciiDigit);

    private static void Add(List<PersonRef> found, TermSet set, AnalyzedDraft draft, PersonKind kind, Specificity specificity)
    {
        foreach (var match in set.Matches(draft))
        {
            found.Add(new PersonRef(kind, specificity, match.Start, match.End, match.Word));
        }
    }
}

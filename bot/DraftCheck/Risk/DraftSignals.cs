using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Detectors;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// What the precise detectors and the hand-written word lists say about a draft, and its context, as dense features
/// next to the text's hashed ones: every detector finding kind (present, and present as "not allowed"), the people
/// found (a named pupil, a colleague, parents), every word group of the lexicon, and the platform, photos, account,
/// role and language. The words lists inform the models; they no longer decide.
/// </summary>
internal static class DraftSignals
{
    private static readonly string[] Kinds =
    [
        "pupil-health", "colleague-illness", "pupil-results", "home-situation", "incident", "internal-matter", "confidential",
        "named-pupil", "named-pupil-mention", "unsure-about-person", "email", "phone-number", "address", "bsn", "insult",
        "negative-remark", "dispute", "pupil-photos", "photo-consent-stated", "manager-opinion", "school-account-opinion",
        "author-doubt", "link-only", "link", "no-text", "unique-pupil",
    ];

    private static readonly string[] Groups =
    [
        "pupil", "group", "specifier", "possessive", "colleague", "colleagueTitle", "adultTitle", "parent", "pronoun",
        "addressee", "organisation", "knowledge", "negation", "media", "deictic", "consent", "opinion", "policy", "roleSelf",
        "personalTitle", "doubt", "opinionWeak", "consentPending", "positive", "grumble", "outing", "ownLife",
    ];

    private static readonly string[] Platforms = ["facebook", "instagram", "linkedin", "x", "whatsapp", "youtube", "tiktok", "website", "other"];

    private static readonly PersonKind[] People = Enum.GetValues<PersonKind>();

    private const int KindsAt = 0;
    private static readonly int VerdictAt = KindsAt + (2 * Kinds.Length);
    private static readonly int PeopleAt = VerdictAt + 3;
    private static readonly int GroupsAt = PeopleAt + People.Length + 2;
    private static readonly int PhotosAt = GroupsAt + Groups.Length;
    private static readonly int AccountAt = PhotosAt + 3;
    private static readonly int RoleAt = AccountAt + 3;
    private static readonly int PlatformAt = RoleAt + 6;
    private static readonly int RestAt = PlatformAt + Platforms.Length + 1;
    private static readonly int SceneAt = RestAt + 4;

    /// <summary>The number of dense features.</summary>
    public static int Count { get; } = SceneAt + 7;

    /// <summary>Fills <paramref name="into"/> (length <see cref="Count"/>) from the detectors' facts and verdict.</summary>
    public static void Fill(DraftFacts facts, Verdict ruleVerdict, Span<float> into)
    {
        ArgumentNullException.ThrowIfNull(facts);
        into.Clear();
        foreach (var finding in facts.Findings)
        {
            var kind = Array.IndexOf(Kinds, finding.Kind);
            if (kind >= 0)
            {
                into[KindsAt + (2 * kind)] = 1;
                into[KindsAt + (2 * kind) + 1] = finding.Severity == FindingSeverity.NotAllowed ? 1 : into[KindsAt + (2 * kind) + 1];
            }
        }

        into[VerdictAt + (int)ruleVerdict] = 1;
        foreach (var person in facts.Persons)
        {
            into[PeopleAt + Array.IndexOf(People, person.Kind)] = 1;
            if (person.Named && person.Kind == PersonKind.Pupil)
            {
                into[PeopleAt + People.Length] = 1;
            }

            if (person.IsSpecific && person.Kind == PersonKind.Pupil)
            {
                into[PeopleAt + People.Length + 1] = 1;
            }
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            into[GroupsAt + g] = facts.Lexicon[Groups[g]].Any(facts.Draft) ? 1 : 0;
        }

        var context = facts.Context;
        into[PhotosAt + (context.Photos switch { true => 0, false => 1, null => 2 })] = 1;
        into[AccountAt + (int)context.Account] = 1;
        into[RoleAt + (int)context.Role] = 1;
        var platform = context.Platform is "twitter" ? "x" : context.Platform;
        var at = platform is null ? -1 : Array.IndexOf(Platforms, platform);
        into[PlatformAt + (at < 0 ? Platforms.Length : at)] = 1;
        into[RestAt] = facts.Draft.Language == Language.En ? 1 : 0;
        into[RestAt + 1] = context.AuthorDoubts ? 1 : 0;
        into[RestAt + 2] = facts.Draft.Words.Count < 8 ? 1 : 0;
        into[RestAt + 3] = facts.Draft.Words.Count > 60 ? 1 : 0;
        FillScene(facts, into[SceneAt..]);
    }

    /// <summary>What the draft says about its photos, only when photos go with it (<see cref="PhotoScene"/>).</summary>
    private static void FillScene(DraftFacts facts, Span<float> into)
    {
        var scene = PhotoScene.Of(facts);
        if (!scene.Photos)
        {
            return;
        }

        into[0] = scene.ConsentStated ? 1 : 0;
        into[1] = scene.NoPupilsShown ? 1 : 0;
        into[2] = scene.Outing ? 1 : 0;
        into[3] = scene.OwnLife ? 1 : 0;
        into[4] = scene.Pupils ? 1 : 0;
        into[5] = scene.PupilsLikelyShown(noText: false) ? 1 : 0;
        into[6] = facts.Draft.Words.Count < 12 && !scene.ConsentStated && !scene.NoPupilsShown ? 1 : 0;
    }
}

using System.Text.RegularExpressions;
using Verkruisen.Bot.DraftCheck.Analysis;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// What a draft says about its photos or video (rule 10): written consent stated, the picture said to hold no
/// pupils ("geen leerlingen in beeld", "alleen mijn handen", "foto van het lege lokaal", "kids not in it"), a
/// school outing or activity (a trip, a party, a lesson, the class), or the author's own life (family, pets, a
/// holiday). Signals for the models, and the ground of the hard rule that photos of an outing or of pupils without
/// stated consent ask first.
/// </summary>
internal readonly partial record struct PhotoScene(bool Photos, bool ConsentStated, bool NoPupilsShown, bool Outing, bool OwnLife, bool Pupils)
{
    public static PhotoScene Of(DraftFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = facts.Draft.Text;
        return new PhotoScene(
            facts.Context.Photos == true,
            facts.Findings.Any(f => f.Kind == "photo-consent-stated"),
            NoPupils().IsMatch(text) || OnlyShown().IsMatch(text) || EmptyPlace().IsMatch(text) || PhotoOfThings().IsMatch(text),
            facts.Lexicon["outing"].Any(facts.Draft) || PupilsOrEvent().IsMatch(text),
            facts.Lexicon["ownLife"].Any(facts.Draft),
            ClassOrPupils().IsMatch(text) || facts.Persons.Any(p => p.Kind is PersonKind.Group || (p.Kind is PersonKind.Pupil && p.Named)));
    }

    /// <summary>
    /// Photos go with the post, no consent is stated, nothing says that no pupils are in the picture, and the text
    /// is about pupils or a class, or about a school outing or activity that is not the author's own family's, or
    /// has no words: rule 10 asks.
    /// </summary>
    public bool PupilsLikelyShown(bool noText) =>
        Photos && !ConsentStated && !NoPupilsShown && (noText || Pupils || (Outing && !OwnLife));

    [GeneratedRegex(@"\b(?:geen|zonder|no|without|niet)\s+(?:\w+\s+)?(?:leerlingen|leerling|kinderen|kind|kids|pupils|children|gezichten|faces|namen|names)\b|\b(?:leerlingen|kinderen|kids|pupils|children|gezichten|faces)\s+(?:\w+\s+)?(?:niet|not)\s+(?:in\s+beeld|herkenbaar|te zien|in it|in the (?:photo|picture|shot)|visible|recognisable)|\b(?:buiten beeld|niet herkenbaar|van achteren|from behind|not recognisable|out of shot)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoPupils();

    /// <summary>"alleen mijn handen in beeld", "foto: alleen de werkbladen", "only my hands in the shot" — but not
    /// "alleen groep 5 op de foto" or "alleen de kinderen met toestemming".</summary>
    [GeneratedRegex(@"\b(?:alleen|enkel|only|just)\s+(?!(?:(?:de|het|onze|mijn|m'n|the|my|our)\s+)?(?:\w+\s+)?(?:leerling\w*|kind\w*|kids?|kleuters?|groep\w*|klas\w*|pupils?|children|students?|class\w*|group)\b)(?:[\w'-]+\s+){0,6}?(?:in\s+beeld|op\s+de\s+foto'?s?|op\s+het\s+filmpje|op\s+de\s+video|in\s+the\s+(?:shot|photo|picture|video)|zien)\b|\b(?:foto'?s?|filmpje|video|beeld|photo|pic|picture|shot)\b[^.!?\n]{0,12}?\b(?:alleen|enkel|only|just)\s+(?!(?:(?:de|het|onze|mijn|m'n|the|my|our)\s+)?(?:\w+\s+)?(?:leerling\w*|kind\w*|kids?|kleuters?|groep\w*|klas\w*|pupils?|children|students?|class\w*|group)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyShown();

    /// <summary>The picture described as things: "(foto van de kast)", "Foto: de tafels vol broodjes", "Op de foto's de
    /// maquettes", "photo of the shelves" — not pupils, a class, everyone or a name.</summary>
    [GeneratedRegex(@"(?:\b(?:foto'?s?|filmpje|video'?s?|timelapse|photos?|pics?|pictures?)\b\s*(?:[:=]\s*|\s(?:van|of)\s+)|\bop\s+de\s+foto'?s?\s*:?\s+)(?:(?:de|het|een|mijn|onze|ons|m'n|the|a|my|our)\s+)?(?!(?:\w+\s+)?(?:leerling\w*|kind\w*|kids?|kleuters?|groep\w*|klas\w*|pupils?|children|students?|class\w*|group|hele|whole|iedereen|everyone|allemaal|ons|us|juf|juffen|meester|meesters|miss|mr|mrs|\w*reis\w*|\w*kamp|\w*uitje|\w*feest\w*|\w*disco|musical|optreden|voorstelling|\w*les|trip|party|outing)\b)(?-i:[a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoOfThings();

    /// <summary>"foto van het lege lokaal", "video van mijn lege lokaal", "plein leeg", "photo of the empty hall".</summary>
    [GeneratedRegex(@"\b(?:lege?|empty)\s+(?:\w+\s+)?(?:lokaal|lokalen|klas|klassen|klaslokaal|plein|schoolplein|zaal|gymzaal|gang|gangen|stalling|hal|aula|speelplaats|kring|classroom|classrooms|hall|playground|room|gym)\b|\b(?:plein|lokaal|zaal|gang|school)\s+(?:is\s+|was\s+|nog\s+)?(?:leeg|empty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmptyPlace();

    [GeneratedRegex(@"\b(?:klas\w*|groep|groepje|leerling\w*|kinderen|kids|kleuters|pupils|children|students|class|classes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassOrPupils();

    [GeneratedRegex(@"\b(?:sportdag|schoolreis\w*|kamp|excursie|uitje|musical|optreden|voorstelling|\w*feest|trip|sports day|concert)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PupilsOrEvent();
}

using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Detectors;

namespace Verkruisen.Bot.Tests.DraftCheck.Detectors;

public sealed class PhotoSceneTests
{
    private static readonly DraftContext WithPhotos = new("facebook", true, AccountKind.Personal, AuthorRole.Teacher);

    [Theory]
    [InlineData("Wat een mooie dag in het museum!")]
    [InlineData("Zo gezellig was de Halloweendisco 🎃")]
    [InlineData("Vanmiddag de eerste schaatsles ⛸️")]
    [InlineData("Mijn klasje 🥰 wat ga ik ze missen")]
    [InlineData("What a day at the zoo with my class!")]
    public void PupilsLikelyShown_OutingOrClassWithPhotosAndNoConsent_IsTrue(string draft) =>
        Assert.True(Scene(draft).PupilsLikelyShown(noText: false));

    [Theory]
    [InlineData("Lesidee: een markt in de klas. Foto: alleen de werkbladen en de bakjes met geld.")]
    [InlineData("Vandaag met de kleuters naar de dierentuin. Foto van de giraffe, de ster van de dag!")]
    [InlineData("Nieuwe hoek in groep 3, geen leerlingen in beeld.")]
    [InlineData("Zo ziet de klas eruit na het schilderen (foto van het lege lokaal).")]
    [InlineData("Dagje kinderboerderij met mijn man en mijn zoon 🐐")]
    [InlineData("Groep 8 op kamp! Alle kinderen op de foto's hebben schriftelijke toestemming.")]
    [InlineData("My first lesson today! pic: me at the whiteboard, kids not in it")]
    public void PupilsLikelyShown_NoPupilsSaidConsentOrOwnFamily_IsFalse(string draft) =>
        Assert.False(Scene(draft).PupilsLikelyShown(noText: false));

    [Theory]
    [InlineData("Foto: alleen groep 5 bij de voorstelling.")]
    [InlineData("Op de foto de kinderen van groep 4 bij de musical.")]
    [InlineData("Foto's van ons schoolreisje naar de Efteling 🎢")]
    public void PupilsLikelyShown_OnlyOrPhotoOfAClass_IsTrue(string draft) =>
        Assert.True(Scene(draft).PupilsLikelyShown(noText: false));

    [Fact]
    public void Check_SchoolTripWithPhotosAndNothingSaid_AsksUnderRule10()
    {
        var result = SharedChecker.Default.Check("Wat een mooie dag in het museum!", WithPhotos);

        Assert.NotEqual(Verdict.Allowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Rule == "10" && f.Excerpt.Length > 0);
    }

    [Theory]
    [InlineData("Het enige meisje met een hoofddoek in mijn groep 6 won de voorleeswedstrijd!")]
    [InlineData("Huge congrats to our only Ukrainian pupil in groep 4!")]
    [InlineData("De tweeling uit groep 2 werd vandaag 6!")]
    public void Check_PupilRecognisableWithoutAName_IsNeverAllowed(string draft)
    {
        var result = SharedChecker.Default.Check(draft, new DraftContext("facebook", false, AccountKind.Personal, AuthorRole.Teacher));

        Assert.NotEqual(Verdict.Allowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Rule == "3");
    }

    private static PhotoScene Scene(string draft) => PhotoScene.Of(SharedChecker.Default.Inspect(draft, WithPhotos));
}

using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Tests.DraftCheck;

/// <summary>
/// What the fresh held-out set taught the checker, as general behaviour (phrasings of our own, not the set's):
/// compounds, names in their place, consent that is not given yet, photos without pupils, rumours, mockery.
/// </summary>
public sealed class DraftCheckerGeneralisationTests
{
    private static readonly DraftContext Teacher = new("facebook", false, AccountKind.Personal, AuthorRole.Teacher);

    [Theory]
    [InlineData("De moeder van Tim zit in een vechtscheiding, hij is erg stil in de klas.", "3")]
    [InlineData("Jesse uit groep 3 ligt thuis met een oorontsteking.", "3")]
    [InlineData("Voor twee leerlingen uit mijn klas is een autismeonderzoek gestart.", "3")]
    [InlineData("De nieuwe schoolnaam na de verhuizing wordt pas na de zomer bekendgemaakt: Het Kompas!", "3")]
    [InlineData("Our new partner school has not yet been officially announced, but it is St Mary's.", "3")]
    [InlineData("Lotte scoorde een D op rekenen, daar gaan we mee aan de slag.", "3")]
    [InlineData("App me even: nul zes een twee drie vier vijf zes zeven acht.", "phone-number")]
    [InlineData("Sven uit groep 6 kreeg een driftbui en smeet zijn tas door het lokaal.", "3")]
    [InlineData("Poppy's behaviour in class has really gone downhill this term.", "3")]
    [InlineData("Ring me on 07911 123456 about the swimming kit.", "phone-number")]
    [InlineData("We gaan na de zomer met twee groepen naar het gebouw aan de overkant, maar dat is nog niet rond.", "3")]
    public void Check_CompoundsNamesAndRumours_AreNotAllowed(string draft, string ruleOrKind)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        Assert.Equal(Verdict.NotAllowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == ruleOrKind || (f.Rule == ruleOrKind && f.Severity == FindingSeverity.NotAllowed));
    }

    [Theory]
    [InlineData("Rumour has it that our deputy head is moving on.")]
    [InlineData("Er gaan geruchten dat onze locatieleider stopt.")]
    public void Check_RumourAboutAColleague_IsNotMag(string draft) =>
        Assert.NotEqual(Verdict.Allowed, SharedChecker.Default.Check(draft, Teacher).Verdict);

    [Theory]
    [InlineData("Die juf van groep 4 heeft er weer eens een puinhoop van gemaakt.")]
    [InlineData("Sommige collega's weten echt alles beter 🙄 het wordt wat.")]
    [InlineData("In reactie op de ophef: dat verhaal over de overblijf klopt niet, lees eerst even goed.")]
    [InlineData("Honestly fed up with the parents who are always late, so entitled.")]
    [InlineData("Ja hoor, weer eens een moeder die de juf de schuld geeft 🙄")]
    [InlineData("Wat een klunzen bij de schoolleiding, de planning klopt van geen kant.")]
    [InlineData("@Petra Smit u weet toch dat de poort om 8.30 dicht gaat? Dat is echt uw eigen schuld.")]
    [InlineData("The new head has made a complete mess of the Christmas concert, again.")]
    public void Check_NegativeRemarksAndDisputes_AreNotAllowed(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        Assert.Equal(Verdict.NotAllowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Rule == "4");
    }

    [Theory]
    [InlineData("Snel een filmpje van groep 2 gemaakt, de toestemming vraag ik later nog wel.")]
    [InlineData("A video of my class singing, I will ask for permission later.")]
    public void Check_PupilPhotosWithConsentNotYetGiven_AskManager(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher with { Photos = true });

        Assert.Equal(Verdict.AskManager, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == "pupil-media" && f.Rule == "10");
    }

    [Theory]
    [InlineData("Zo trots op Sem die zijn A-diploma heeft gehaald!", "facebook")]
    [InlineData("Hoera, Noor is vandaag 7 jaar geworden 🎂", "instagram")]
    public void Check_NamedPupilWithoutSensitiveDetails_AsksManager(string draft, string platform)
    {
        var result = SharedChecker.Default.Check(draft, Teacher with { Platform = platform });

        Assert.Equal(Verdict.AskManager, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == "identifiable-pupil" && f.Rule == "3");
    }

    [Theory]
    [InlineData("Een foto zonder kinderen van ons nieuwe schoolplein, wat is het mooi geworden!")]
    [InlineData("Teamfoto tijdens de studiemiddag, uiteraard zonder leerlingen.")]
    [InlineData("Wie woont er dicht bij school en kan helpen met de kerstboom?")]
    [InlineData("Onze stagiaire Fleur heeft haar diploma gehaald, gefeliciteerd!")]
    [InlineData("Webinar gevolgd over het toezichtkader van de inspectie: leerzaam voor iedere leerkracht.")]
    [InlineData("We are hiring a teacher for grade 4, apply via our website.")]
    [InlineData("Wat hebben de kinderen van groep 6 gelachen bij de voorstelling 😂")]
    [InlineData("De uitslag van de tekenwedstrijd is pas vrijdag bekend, spannend!")]
    public void Check_HarmlessDraftsWithScaryWords_AreNotRefused(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        Assert.NotEqual(Verdict.NotAllowed, result.Verdict);
        Assert.DoesNotContain(result.Findings, f => f.Kind == "pupil-media" || f.Kind == "identifiable-pupil");
    }

    [Theory]
    [InlineData("Als schoolleider ben ik blij met het nieuwe onderwijsbeleid van het kabinet.")]
    [InlineData("As a headteacher I welcome the new funding for schools.")]
    public void Check_ManagerSpeakingInRoleAboutPolicy_AsksManagerWhateverTheTone(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        Assert.Equal(Verdict.AskManager, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == "leader-opinion" && f.Rule == "5");
    }

    [Theory]
    [InlineData("Mijn teamleider heeft weer een nieuw plan voor de roosters.")]
    public void Check_DraftAboutParentsOrOwnColleagueWithNothingFound_AsksInsteadOfAllowing(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        // "weer een nieuw plan" may be a sneer at the teamleider (rule 4) or not: twijfel and niet plaatsen are both
        // fair (the labelling guide), "mag" is not, and the card says why.
        Assert.NotEqual(Verdict.Allowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Severity >= FindingSeverity.AskManager);
    }

    [Theory]
    [InlineData("Ouders van groep 3: vergeet de gymtas niet op dinsdag.")]
    [InlineData("Mijn collega's hebben het schoolplein prachtig versierd ❤️")]
    [InlineData("Vandaag kwamen de opa's en oma's van groep 2 kijken, wat was het gezellig!")]
    public void Check_ParentsAddressedOrPraised_AreNotRefused(string draft)
    {
        var result = SharedChecker.Default.Check(draft, Teacher);

        Assert.NotEqual(Verdict.NotAllowed, result.Verdict);
    }
}

using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Analysis;

namespace Verkruisen.Bot.Tests.DraftCheck.Analysis;

public sealed class PersonFinderTests
{
    private static readonly DraftContext Teacher = new("facebook", false, AccountKind.Personal, AuthorRole.Teacher);

    [Theory]
    [InlineData("Onze hamster heet Kees en hij is vandaag 2 jaar geworden!")]
    [InlineData("Onze kat Moos is al een week ziek, duimen jullie mee?")]
    [InlineData("Our dog called Max turned 10 today 🐶")]
    public void Find_NameOfAPet_IsNoPerson(string draft)
    {
        var facts = SharedChecker.Default.Inspect(draft, Teacher);

        Assert.DoesNotContain(facts.Persons, p => p.Named);
        Assert.DoesNotContain(SharedChecker.Default.Check(draft, Teacher).Findings, f => f.Kind is "named-pupil-mention" or "named-pupil");
    }

    [Theory]
    [InlineData("De hond van Emma uit groep 3 is overleden, ze is erg verdrietig.", "Emma")]
    [InlineData("Onze Kees uit groep 5 heeft de voorleeswedstrijd gewonnen!", "Kees")]
    public void Find_PupilNamedNextToAPet_IsStillAPupil(string draft, string name)
    {
        var facts = SharedChecker.Default.Inspect(draft, Teacher);

        Assert.Contains(facts.Persons, p => p.Named && p.Kind == PersonKind.Pupil && draft[p.Start..p.End] == name);
    }
}

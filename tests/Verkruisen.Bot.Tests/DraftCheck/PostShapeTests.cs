using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Tests.DraftCheck;

/// <summary>A pasted post is told apart from a question by its shape alone, and a question never looks like a post.</summary>
public sealed class PostShapeTests
{
    [Theory]
    [InlineData("Wat een geweldige sportdag vandaag met groep 7! Iedereen deed mee.")]
    [InlineData("Vandaag hebben we met groep 5 de kinderboerderij bezocht. De kinderen mochten de geitjes voeren en leerden veel over dieren op de boerderij. Bedankt aan alle ouders die hielpen rijden.")]
    [InlineData("Trots op onze leerlingen tijdens de kerstmarkt #verkruisen #kerst")]
    [InlineData("Onze nieuwe schooltuin is klaar 🌱 dank aan alle vrijwilligers")]
    [InlineData("Fijne vakantie allemaal. Tot maandag 6 januari.")]
    [InlineData("Mijn klas heeft vandaag een prachtig toneelstuk opgevoerd voor de ouders!")]
    [InlineData("What a great sports day with year 5 today! Everyone joined in.")]
    public void LooksLikePost_PostShapedText_IsTrue(string text) => Assert.True(PostShape.LooksLikePost(text));

    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?")]
    [InlineData("mag ik een foto van de schoolreis op facebook zetten")]
    [InlineData("Een ouder plaatste een negatief bericht over school op Facebook, wat moet ik doen?")]
    [InlineData("hoe zit het met groepsapps met ouders")]
    [InlineData("Kan ik op mijn privé-account iets over mijn werk delen. Ik twijfel. Het gaat om een workshop.")]
    [InlineData("hallo")]
    [InlineData("foto's op instagram")]
    [InlineData("overzicht")]
    [InlineData("Can I post a photo of my class on Instagram")]
    public void LooksLikePost_QuestionOrShortText_IsFalse(string text) => Assert.False(PostShape.LooksLikePost(text));
}

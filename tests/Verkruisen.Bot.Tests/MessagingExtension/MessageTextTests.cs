using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>A Teams message body (HTML) read as the text a teacher wrote, never as markup.</summary>
public sealed class MessageTextTests
{
    [Theory]
    [InlineData("<p>Hallo <b>allemaal</b>!</p>", "Hallo allemaal!")]
    [InlineData("<div>Regel een<br>Regel twee</div><div>Alinea twee</div>", "Regel een\nRegel twee\nAlinea twee")]
    [InlineData("<p>Tom &amp; Jerry &lt;3 &quot;fijn&quot;&nbsp;&nbsp;weekend</p>", "Tom & Jerry <3 \"fijn\" weekend")]
    [InlineData("<p>Kijk <a href=\"https://example.com\">hier</a></p>", "Kijk hier")]
    [InlineData("<p>Dag <at id=\"0\">Megan Bowen</at></p>", "Dag Megan Bowen")]
    [InlineData("<p>Feest <emoji id=\"party\" alt=\"🎉\" title=\"Party\"></emoji></p>", "Feest 🎉")]
    [InlineData("<p>Top<img itemtype=\"http://schema.skype.com/Emoji\" alt=\"👍\" src=\"x.png\"></p>", "Top👍")]
    [InlineData("<script>alert('x')</script><style>p{}</style><p>Alleen dit</p>", "Alleen dit")]
    [InlineData("<ul><li>een</li><li>twee</li></ul>", "een\ntwee")]
    [InlineData("<p>Onaf <b>html", "Onaf html")]
    public void From_Html_KeepsTheTextOnly(string html, string expected)
    {
        var content = MessageText.From("html", html);

        Assert.Equal(expected, content.Text);
        Assert.False(content.HasMedia);
    }

    [Theory]
    [InlineData("<p><img src=\"https://example.com/klas.jpg\"></p>", "")]
    [InlineData("<attachment id=\"1\"></attachment>", "")]
    [InlineData("<p>Onze klas!</p><p><img src=\"klas.jpg\"></p>", "Onze klas!")]
    [InlineData("<video src=\"film.mp4\"></video>", "")]
    public void From_Media_IsNotedAndNotText(string html, string expected)
    {
        var content = MessageText.From("html", html);

        Assert.Equal(expected, content.Text);
        Assert.True(content.HasMedia);
        Assert.Equal(expected.Length > 0, content.HasText);
    }

    [Theory]
    [InlineData("text", "<b>niet vet</b>  en  zo", "<b>niet vet</b> en zo")]
    [InlineData("html", null, "")]
    [InlineData("html", "   ", "")]
    [InlineData(null, "<p>geen type</p>", "geen type")]
    public void From_PlainTextOrNothing_IsReadAsIs(string? contentType, string? content, string expected)
    {
        Assert.Equal(expected, MessageText.From(contentType, content).Text);
    }
}

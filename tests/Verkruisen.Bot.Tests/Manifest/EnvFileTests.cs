using Verkruisen.AppPackage;

namespace Verkruisen.Bot.Tests.Manifest;

public sealed class EnvFileTests
{
    [Fact]
    public void Parse_AgentsToolkitFile_ReadsValuesSkipsCommentsAndUnquotes()
    {
        var values = EnvFile.Parse(
        [
            "# This file includes environment variables that can be committed to git.",
            "",
            "TEAMSFX_ENV=dev",
            "BOT_ID=",
            "  BOT_DOMAIN = bot.example  ",
            "APP_NAME_SUFFIX=\" (dev)\"",
            "TERMS_URL='https://example.org/a=b'",
            "TEAMSFX_ENV=prod",
        ]);

        Assert.Equal("prod", values["TEAMSFX_ENV"]);
        Assert.Equal("", values["BOT_ID"]);
        Assert.Equal("bot.example", values["BOT_DOMAIN"]);
        Assert.Equal(" (dev)", values["APP_NAME_SUFFIX"]);
        Assert.Equal("https://example.org/a=b", values["TERMS_URL"]);
        Assert.Equal(5, values.Count);
    }

    [Theory]
    [InlineData("just some words")]
    [InlineData("=value")]
    [InlineData("BOT-ID=x")]
    [InlineData("1BOT=x")]
    public void Parse_LineWithoutKeyValue_FailsNamingTheLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => EnvFile.Parse(["A=1", line], ".env.dev"));
        Assert.Equal(".env.dev, line 2: expected KEY=VALUE.", error.Message);
    }
}

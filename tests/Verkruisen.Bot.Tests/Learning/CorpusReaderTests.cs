using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Tests.Learning;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Read_QuestionLines_SkipsBlankLines()
    {
        const string jsonl = """
            {"id":"q1","q":"mag ik fotos op insta?","rules":["10"],"kind":"answer","voice":"teacher-g5","lang":"nl"}

            {"id":"q2","q":"hoi","rules":[],"kind":"help"}
            """;

        var questions = CorpusReader.Read(new StringReader(jsonl), "test", LearningJsonContext.Default.CorpusQuestion);

        Assert.Equal(["q1", "q2"], questions.Select(q => q.Id));
        Assert.Equal(["10"], questions[0].Rules);
        Assert.Equal("help", questions[1].Kind);
        Assert.Null(questions[1].Voice);
    }

    [Fact]
    public void Read_DraftWithoutCategories_CategoriesNull()
    {
        const string jsonl = """{"id":"d1","text":"Mooie workshop!","platform":"linkedin","photos":false,"account":"personal","role":"teacher","ok":["allowed"],"rules":[]}""";

        var draft = Assert.Single(CorpusReader.Read(new StringReader(jsonl), "test", LearningJsonContext.Default.CorpusDraft));

        Assert.Null(draft.Categories);
        Assert.Equal(["allowed"], draft.Ok);
        Assert.Equal("teacher", draft.Role);
    }

    [Fact]
    public void Read_BadLine_NamesTheLineNotTheText()
    {
        const string jsonl = "{\"id\":\"q1\",\"q\":\"ok\",\"rules\":[],\"kind\":\"help\"}\n{\"id\":\"q2\",\"q\":\"geheime tekst";

        var error = Assert.Throws<InvalidDataException>(() => CorpusReader.Read(new StringReader(jsonl), "set.jsonl", LearningJsonContext.Default.CorpusQuestion));

        Assert.Contains("set.jsonl line 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadQuestions_Folder_ReadsEveryJsonlInNameOrder()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "b.jsonl"), """{"id":"b1","q":"x","rules":[],"kind":"help"}""");
            File.WriteAllText(Path.Combine(folder.FullName, "a.jsonl"), """{"id":"a1","q":"y","rules":[],"kind":"help"}""");
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not read");

            Assert.Equal(["a1", "b1"], CorpusReader.ReadQuestions(folder.FullName).Select(q => q.Id));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

using Azure.Data.Tables;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// A request's row on disk and the record the features get (on Azurite): rows stored in the format of before the
/// record read as they are, and a record written and read back is the same record, in that same format.
/// </summary>
public sealed class ApprovalRequestMappingTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    private const string FindingsJson =
        """[{"Rule":"10","Kind":"pupil-photo","Message":"Foto's van leerlingen.","Excerpt":"de klas","Severity":"AskManager"}]""";

    /// <summary>A decided request as rows were written before the record existed: every column a string, bool, int or date.</summary>
    private static TableEntity StoredRow(string id) => new(id, "")
    {
        ["TenantId"] = "tenant-1",
        ["RequesterAadId"] = "teacher-1",
        ["RequesterName"] = "Juf Anna",
        ["RequesterChannelId"] = "29:teacher",
        ["ApproverAadId"] = "manager-1",
        ["ApproverName"] = "Meester Bram",
        ["EscalatedToAadId"] = "director-1",
        ["EscalatedToName"] = "Dirk Directeur",
        ["RefreshUserIds"] = "29:teacher,29:manager",
        ["Status"] = "Approved",
        ["Language"] = "en",
        ["Draft"] = "Een foto van de klas.",
        ["Platform"] = "instagram",
        ["Photos"] = "false",
        ["Question"] = "Mag dit?",
        ["Kind"] = "draft",
        ["BotAnswer"] = "",
        ["Verdict"] = "ask-manager",
        ["Rules"] = "10,3",
        ["FindingsJson"] = FindingsJson,
        ["CreatedAt"] = Created,
        ["DecidedAt"] = Created.AddHours(2),
        ["DecidedByAadId"] = "deputy-1",
        ["DecidedByName"] = "Carla Adjunct",
        ["Comment"] = "Prima",
        ["ApproverActivityId"] = "act-manager",
        ["Copies"] = "manager-1=act-manager|deputy-1=act-deputy",
        ["RequesterTold"] = true,
        ["RequesterActivityId"] = "act-status",
        ["DeliveryAttempts"] = 2,
        ["RemindedAt"] = Created.AddDays(1),
        ["EscalatedAt"] = Created.AddDays(2),
        ["NotifyPending"] = false,
    };

    private static ApprovalRequest EveryFieldSet() => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Kind = ApprovalKind.Question,
        Status = ApprovalStatus.Answered,
        TenantId = "tenant-1",
        RequesterAadId = "teacher-1",
        RequesterName = "Juf Anna",
        RequesterChannelId = "29:teacher",
        ApproverAadId = "manager-1",
        ApproverName = "Meester Bram",
        EscalatedToAadId = "director-1",
        EscalatedToName = "Dirk Directeur",
        RefreshUserIds = ["29:teacher", "29:manager"],
        Language = Language.En,
        Draft = "",
        Platform = "facebook",
        Photos = true,
        Question = "Mag ik een ouder terugschrijven?",
        BotAnswer = "Liever niet online.",
        Verdict = Verdict.NotAllowed,
        Rules = ["6", "8"],
        Findings = [new Finding("6", "negative-remark", "Een negatieve opmerking.", "ouder", FindingSeverity.NotAllowed)],
        CreatedAt = Created,
        DecidedAt = Created.AddHours(3),
        DecidedByAadId = "manager-1",
        DecidedByName = "Meester Bram",
        Comment = "Bel de ouder.",
        ApproverActivityId = "act-manager",
        Copies = [new CardCopy("manager-1", "act-manager"), new CardCopy("deputy-1", "act-deputy")],
        RequesterTold = true,
        RequesterActivityId = "act-status",
        DeliveryAttempts = 3,
        RemindedAt = Created.AddDays(1),
        EscalatedAt = Created.AddDays(2),
        NotifyPending = true,
        DraftPurgedAt = Created.AddDays(30),
        FollowUpLeaseUntil = Created.AddMinutes(5),
    };

    [Fact]
    public async Task GetAsync_RowInTheFormatStoredBefore_ReadsIntoTheRightRecord()
    {
        var tables = await TestTables.CreateAsync();
        var id = Guid.NewGuid().ToString("N");
        await tables.Get(Tables.ApprovalRequests).AddEntityAsync(StoredRow(id));

        var request = (await new ApprovalStore(tables).GetAsync(id, CancellationToken.None))!;

        Assert.Equal((ApprovalKind.Draft, ApprovalStatus.Approved, Language.En), (request.Kind, request.Status, request.Language));
        Assert.Equal(((bool?)false, (Verdict?)Verdict.AskManager), (request.Photos, request.Verdict));
        Assert.Equal(["10", "3"], request.Rules);
        Assert.Equal(["29:teacher", "29:manager"], request.RefreshUserIds);
        Assert.Equal([new CardCopy("manager-1", "act-manager"), new CardCopy("deputy-1", "act-deputy")], request.Copies);
        Assert.Equal([new Finding("10", "pupil-photo", "Foto's van leerlingen.", "de klas", FindingSeverity.AskManager)], request.Findings);
        Assert.Equal((Created, (DateTimeOffset?)Created.AddHours(2), (DateTimeOffset?)Created.AddDays(1), (DateTimeOffset?)Created.AddDays(2)),
            (request.CreatedAt, request.DecidedAt, request.RemindedAt, request.EscalatedAt));
        Assert.Equal((id, "tenant-1", "teacher-1", "Juf Anna", "29:teacher", "manager-1", "Meester Bram", "director-1", "Dirk Directeur"),
            (request.Id, request.TenantId, request.RequesterAadId, request.RequesterName, request.RequesterChannelId, request.ApproverAadId,
                request.ApproverName, request.EscalatedToAadId, request.EscalatedToName));
        Assert.Equal(("Een foto van de klas.", "instagram", "Mag dit?", "deputy-1", "Carla Adjunct", "Prima", "act-manager", "act-status"),
            (request.Draft, request.Platform, request.Question, request.DecidedByAadId, request.DecidedByName, request.Comment,
                request.ApproverActivityId, request.RequesterActivityId));
        Assert.Equal((true, 2, false, (DateTimeOffset?)null, (DateTimeOffset?)null),
            (request.RequesterTold, request.DeliveryAttempts, request.NotifyPending, request.DraftPurgedAt, request.FollowUpLeaseUntil));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("", null)]
    public async Task GetAsync_PhotosAsStored_ReadAsYesNoOrNotSaid(string stored, bool? expected)
    {
        var tables = await TestTables.CreateAsync();
        var id = Guid.NewGuid().ToString("N");
        var row = StoredRow(id);
        row["Photos"] = stored;
        await tables.Get(Tables.ApprovalRequests).AddEntityAsync(row);

        Assert.Equal(expected, (await new ApprovalStore(tables).GetAsync(id, CancellationToken.None))!.Photos);
    }

    [Fact]
    public async Task GetAsync_QuestionWithoutVerdictAndTheSameApproverTwiceInCopies_OneCopyEachAndNoVerdict()
    {
        var tables = await TestTables.CreateAsync();
        var id = Guid.NewGuid().ToString("N");
        var row = StoredRow(id);
        (row["Kind"], row["Verdict"], row["Copies"]) = ("question", "", "manager-1=old|MANAGER-1=new|broken");
        await tables.Get(Tables.ApprovalRequests).AddEntityAsync(row);

        var request = (await new ApprovalStore(tables).GetAsync(id, CancellationToken.None))!;

        Assert.Equal((ApprovalKind.Question, (Verdict?)null), (request.Kind, request.Verdict));
        Assert.Equal([new CardCopy("manager-1", "new")], request.Copies);
    }

    [Fact]
    public async Task CreateThenGet_EveryFieldSet_ReadsBackTheSameRecord()
    {
        var store = new ApprovalStore(await TestTables.CreateAsync());

        var written = await store.CreateAsync(EveryFieldSet(), CancellationToken.None);
        var read = (await store.GetAsync(written.Id, CancellationToken.None))!;

        Assert.Equivalent(written, read, strict: true);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task SaveAsync_Record_StoresTheColumnsInTheFormatRowsAlwaysHad()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ApprovalStore(tables);
        var written = await store.CreateAsync(EveryFieldSet(), CancellationToken.None);

        var (saved, _) = await store.SaveAsync(written, r => r with { Photos = null, Verdict = null }, CancellationToken.None);

        var row = (await tables.Get(Tables.ApprovalRequests).GetEntityAsync<TableEntity>(written.Id, "")).Value;
        Assert.True(saved);
        Assert.Equal(("question", "Answered", "en", "", ""),
            (row.GetString("Kind"), row.GetString("Status"), row.GetString("Language"), row.GetString("Photos"), row.GetString("Verdict")));
        Assert.Equal(("6,8", "29:teacher,29:manager", "manager-1=act-manager|deputy-1=act-deputy"),
            (row.GetString("Rules"), row.GetString("RefreshUserIds"), row.GetString("Copies")));
        Assert.Equal("""[{"Rule":"6","Kind":"negative-remark","Message":"Een negatieve opmerking.","Excerpt":"ouder","Severity":"NotAllowed"}]""", row.GetString("FindingsJson"));
        Assert.Equal((3, true), (row.GetInt32("DeliveryAttempts"), row.GetBoolean("RequesterTold")));
    }
}

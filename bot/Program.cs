using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Help;
using Verkruisen.Bot.Hosting;
using Verkruisen.Bot.MessagingExtension;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.SchoolExamples;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams;

// "ask" and "check" run on the command line: no web host, storage or network.
if (BotCommandLine.Handles(args))
{
    return await BotCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHosting();
builder.AddTelemetry();
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddTeams(builder.Configuration);
builder.Services.AddHelp();
builder.Services.AddGuidelines(builder.Configuration);
builder.Services.AddDraftCheck(builder.Configuration);
builder.Services.AddDigest(builder.Configuration);
builder.Services.AddSchoolExamples(builder.Configuration);
builder.Services.AddDirectory(builder.Configuration, builder.Environment);
builder.Services.AddApprovals(builder.Configuration);
builder.Services.AddMessagingExtension(builder.Configuration);
builder.Services.AddPrivacy();

var app = builder.Build();

// Every missing or invalid setting, one line each, and exit code 1: no stack trace.
if (StartupSettings.Report(StartupSettings.Problems(app.Services), Console.Error))
{
    return 1;
}

app.UseExceptionHandler();
app.MapHosting();
app.MapTeams();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

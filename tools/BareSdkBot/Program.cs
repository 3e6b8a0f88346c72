using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using BareSdkBot;

// The SDK's own template, anonymous: POST /api/messages through CloudAdapter to one ActivityHandler.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, CloudAdapter>();
builder.Services.AddSingleton<IBot, FixedCardBot>();
var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot));

// A stand-in Connector for load runs: accepts every reply the bot under test sends.
app.MapPost("/v3/conversations/{**rest}", () => Results.Json(new { id = "1" }));
app.MapPut("/v3/conversations/{**rest}", () => Results.Json(new { id = "1" }));
await app.RunAsync();

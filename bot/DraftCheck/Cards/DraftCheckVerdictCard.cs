using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Cards;

/// <summary>
/// The verdict card: the verdict in words with an icon (not colour alone), the findings with their rules and the
/// draft's words that triggered them (in TextRuns, never parsed as markdown), the reminders, and for "ask" and
/// "not allowed" the button to ask the manager's approval (rule 8).
/// </summary>
public static class DraftCheckVerdictCard
{
    private const int DraftShown = 600;

    public static AdaptiveCard Create(DraftCheckResult result, string draft, DraftContext context, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        var t = DraftCheckTexts.For(language);
        var verdict = result.Verdict ?? Verdict.AskManager;
        List<CardElement> body =
        [
            new Container([TextBlock.Heading(t.VerdictName(verdict)), new TextBlock(t.VerdictExplained(verdict))])
            {
                Style = verdict switch { Verdict.Allowed => "good", Verdict.AskManager => "warning", _ => "attention" },
            },
        ];
        if (result.Findings.Count > 0)
        {
            body.Add(new TextBlock(t.FindingsTitle) { Weight = "Bolder", Spacing = "Medium", Style = "heading" });
            body.AddRange(result.Findings.Select(f => FindingElement(f, t)));
        }

        body.Add(new TextBlock(t.RemindersTitle) { Weight = "Bolder", Spacing = "Medium", Style = "heading" });
        body.AddRange(result.Reminders.Select(r => (CardElement)new TextBlock($"• {t.RuleLabel} {r.Rule}: {CardText.Escape(r.Text)}")));
        body.Add(new TextBlock(t.YourDraft) { Weight = "Bolder", Spacing = "Medium", IsSubtle = true });
        body.Add(CardQuote.Of(CardText.Truncate(draft, DraftShown)));

        List<CardAction> actions = [];
        if (verdict != Verdict.Allowed)
        {
            actions.Add(ExecuteAction.Create(t.RequestApproval, DraftCheckVerbs.RequestApproval, ApprovalData(result, draft, context), "positive"));
        }

        actions.Add(ExecuteAction.Create(t.CheckAnother, DraftCheckVerbs.Form));
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.VerdictName(verdict) + ". " + t.VerdictExplained(verdict),
            Speak = t.VerdictName(verdict),
            Body = body,
            Actions = actions,
        };
    }

    private static Container FindingElement(Finding finding, DraftCheckTexts t)
    {
        List<CardElement> items = [new TextBlock($"**{t.RuleLabel} {finding.Rule}**: {CardText.Escape(finding.Message)}")];
        if (finding.Excerpt.Length > 0)
        {
            items.Add(CardQuote.Of(finding.Excerpt));
        }
        else if (finding.Rule == "10")
        {
            items.Add(new TextBlock(t.PhotosFromContext) { IsSubtle = true });
        }

        return new Container(items) { Separator = true };
    }

    private static JsonObject ApprovalData(DraftCheckResult result, string draft, DraftContext context) => new()
    {
        [DraftCheckVerbs.DraftKey] = draft,
        [DraftCheckVerbs.PlatformKey] = context.Platform,
        [DraftCheckVerbs.PhotosKey] = context.Photos is { } photos ? (photos ? "true" : "false") : null,
        [DraftCheckVerbs.AccountKey] = context.Account == AccountKind.Unknown ? null : context.Account.ToString().ToLowerInvariant(),
        [DraftCheckVerbs.RoleKey] = context.Role.ToWire(),
        [DraftCheckVerbs.VerdictKey] = result.Verdict?.ToWire(),
        [DraftCheckVerbs.RulesKey] = string.Join(',', result.Rules),
    };
}

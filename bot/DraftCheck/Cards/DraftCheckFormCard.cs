using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Cards;

/// <summary>The form to check a draft: text, platform, photos of pupils, account and role, and "Controleer".</summary>
public static class DraftCheckFormCard
{
    private static readonly string[] Platforms = ["facebook", "instagram", "linkedin", "x", "whatsapp", "youtube", "tiktok"];

    /// <summary>The platforms a form offers (also the approval request form).</summary>
    public static IReadOnlyList<Choice> PlatformChoices { get; } =
        [.. Platforms.Select(p => new Choice(p == "x" ? "X (Twitter)" : char.ToUpperInvariant(p[0]) + p[1..], p))];

    public static AdaptiveCard Create(Language language, int maxLength, string? notice = null, string? draft = null)
    {
        var t = DraftCheckTexts.For(language);
        var body = DraftForm(
            new DraftFormTexts(t.FormTitle, t.FormIntro, t.DraftLabel, t.DraftPlaceholder, t.DraftRequired, t.PlatformLabel, t.PhotosLabel, t.PhotosTitle),
            maxLength,
            notice,
            draft);
        body.Add(new ChoiceSetInput
        {
            Id = DraftCheckVerbs.AccountKey,
            Label = t.AccountLabel,
            Choices = [new Choice(t.AccountPersonal, "personal"), new Choice(t.AccountSchool, "school")],
            Value = "personal",
            Style = "expanded",
        });
        body.Add(new ChoiceSetInput
        {
            Id = DraftCheckVerbs.RoleKey,
            Label = t.RoleLabel,
            Choices =
            [
                new Choice(t.RoleTeacher, "teacher"),
                new Choice(t.RoleSupport, "support"),
                new Choice(t.RoleIntern, "intern"),
                new Choice(t.RoleManager, "manager"),
                new Choice(t.RoleDirector, "director"),
            ],
            Value = "teacher",
            Style = "compact",
        });
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.FormIntro,
            Body = body,
            Actions = [ExecuteAction.Create(t.CheckButton, DraftCheckVerbs.Check, style: "positive") with { AssociatedInputs = "auto" }],
        };
    }

    /// <summary>
    /// The start every draft form shares (this one and the approval request form): heading, intro, an optional
    /// notice, then the draft, the platform and "photos of pupils", under the keys the handlers read.
    /// </summary>
    public static List<CardElement> DraftForm(DraftFormTexts texts, int maxLength, string? notice, string? draft)
    {
        ArgumentNullException.ThrowIfNull(texts);
        List<CardElement> body = [TextBlock.Heading(texts.Title), new TextBlock(texts.Intro)];
        if (notice is not null)
        {
            body.Add(new TextBlock(CardText.Escape(notice)) { Color = "Attention", Weight = "Bolder" });
        }

        body.Add(new TextInput
        {
            Id = DraftCheckVerbs.DraftKey,
            Label = texts.DraftLabel,
            Placeholder = texts.DraftPlaceholder,
            IsMultiline = true,
            MaxLength = maxLength,
            IsRequired = true,
            ErrorMessage = texts.DraftRequired,
            Value = draft,
        });
        body.Add(new ChoiceSetInput
        {
            Id = DraftCheckVerbs.PlatformKey,
            Label = texts.PlatformLabel,
            Choices = PlatformChoices,
            Value = "facebook",
            Style = "compact",
        });
        body.Add(new ToggleInput { Id = DraftCheckVerbs.PhotosKey, Label = texts.PhotosLabel, Title = texts.PhotosTitle });
        return body;
    }
}

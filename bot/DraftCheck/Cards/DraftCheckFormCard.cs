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
        List<CardElement> body = [TextBlock.Heading(t.FormTitle), new TextBlock(t.FormIntro)];
        if (notice is not null)
        {
            body.Add(new TextBlock(CardText.Escape(notice)) { Color = "Attention", Weight = "Bolder" });
        }

        body.Add(new TextInput
        {
            Id = DraftCheckVerbs.DraftKey,
            Label = t.DraftLabel,
            Placeholder = t.DraftPlaceholder,
            IsMultiline = true,
            MaxLength = maxLength,
            IsRequired = true,
            ErrorMessage = t.DraftRequired,
            Value = draft,
        });
        body.Add(new ChoiceSetInput
        {
            Id = DraftCheckVerbs.PlatformKey,
            Label = t.PlatformLabel,
            Choices = PlatformChoices,
            Value = "facebook",
            Style = "compact",
        });
        body.Add(new ToggleInput { Id = DraftCheckVerbs.PhotosKey, Label = t.PhotosLabel, Title = t.PhotosTitle });
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
            Choices = [new Choice(t.RoleTeacher, "teacher"), new Choice(t.RoleManager, "manager"), new Choice(t.RoleDirector, "director")],
            Value = "teacher",
            Style = "compact",
        });
        return new AdaptiveCard
        {
            FallbackText = t.FormIntro,
            Body = body,
            Actions = [ExecuteAction.Create(t.CheckButton, DraftCheckVerbs.Check, style: "positive") with { AssociatedInputs = "auto" }],
        };
    }
}

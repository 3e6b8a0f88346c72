namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// What the author tells about the draft: the platform, whether it carries photos or video of pupils
/// (null: not said), the account, their role and whether they doubt themselves.
/// </summary>
public sealed record DraftContext(
    string? Platform = null,
    bool? Photos = null,
    AccountKind Account = AccountKind.Unknown,
    AuthorRole Role = AuthorRole.Unknown,
    bool AuthorDoubts = false)
{
    public static DraftContext Unknown { get; } = new();

    public bool IsManager => Role is AuthorRole.Manager or AuthorRole.Director;
}

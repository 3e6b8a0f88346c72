using System.Text;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The Agents Playground's demo people, and a <c>.m365agentsplayground.yml</c> that makes one of them the current
/// user: each Playground has one user, so a test that needs another person (a manager, the director) gets a
/// Playground of its own, and no other test's chat with the bot touches that person's.
/// </summary>
public static class PlaygroundUsers
{
    /// <summary>The Playground's built-in user; the Development static directory makes Megan his manager.</summary>
    public static readonly PlaygroundUser Alex = new(0, "Alex Wilber", "alexw", "00000000-0000-0000-0000-0000000000020");

    public static readonly PlaygroundUser Megan = new(1, "Megan Bowen", "meganb", "00000000-0000-0000-0000-0000000000021");

    /// <summary>The director in the end-to-end tests (no one else's manager, not the fallback approver).</summary>
    public static readonly PlaygroundUser Patti = new(4, "Patti Fernandez", "pattif", "00000000-0000-0000-0000-0000000000024");

    private static readonly PlaygroundUser[] All =
    [
        Alex,
        Megan,
        new(2, "Adele Vance", "adelev", "00000000-0000-0000-0000-0000000000022"),
        new(3, "Isaiah Langer", "isaiahl", "00000000-0000-0000-0000-0000000000023"),
        Patti,
        new(5, "Lynne Robbins", "lynner", "00000000-0000-0000-0000-0000000000025"),
    ];

    /// <summary>The Playground configuration with <paramref name="current"/> as the current user and the others as members.</summary>
    public static string ConfigFor(PlaygroundUser current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var yaml = new StringBuilder()
            .AppendLine("version: \"0.1.1\"")
            .AppendLine("tenantId: 00000000-0000-0000-0000-0000000000001")
            .AppendLine("bot:")
            .AppendLine("  id: 00000000-0000-0000-0000-00000000000011")
            .AppendLine("  name: Test Bot")
            .AppendLine("currentUser:");
        Append(yaml, current, "  ");
        yaml.AppendLine("users:");
        foreach (var user in All.Where(u => u != current))
        {
            Append(yaml, user, "  - ", "    ");
        }

        return yaml
            .AppendLine("personalChat:")
            .AppendLine("  id: personal-chat-" + current.Alias)
            .AppendLine("groupChat:")
            .AppendLine("  id: group-chat-" + current.Alias)
            .AppendLine("  name: Group Chat")
            .AppendLine("team:")
            .AppendLine("  id: team-id")
            .AppendLine("  name: My Team")
            .AppendLine("  aadGroupId: 00000000-0000-0000-0000-000000000031")
            .AppendLine("  channels:")
            .AppendLine("    - id: channel-announcements-id")
            .AppendLine("      name: Announcements")
            .ToString();
    }

    private static void Append(StringBuilder yaml, PlaygroundUser user, string first, string? rest = null)
    {
        var (given, surname) = (user.Name.Split(' ')[0], user.Name.Split(' ')[1]);
        string[] lines =
        [
            "id: user-id-" + user.Number,
            "name: " + user.Name,
            $"userPrincipleName: {user.Alias}@example.com",
            "aadObjectId: " + user.AadObjectId,
            "givenName: " + given,
            "surname: " + surname,
            $"email: {user.Alias}@example.com",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            yaml.Append(i == 0 ? first : rest ?? first).AppendLine(lines[i]);
        }
    }
}

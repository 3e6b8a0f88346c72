using System.Globalization;
using System.Text;

namespace Verkruisen.Bot.DraftCheck.CommandLine;

/// <summary>A verdict as plain text for a terminal.</summary>
internal static class ReadableVerdict
{
    public static string Format(DraftCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = DraftCheckTexts.For(result.DraftLanguage);
        var text = new StringBuilder();
        switch (result.Status)
        {
            case DraftCheckStatus.Empty:
                return t.Empty + Environment.NewLine;
            case DraftCheckStatus.TooLong:
                return TooLong(result, t) + Environment.NewLine;
        }

        var verdict = result.Verdict!.Value;
        text.AppendLine(t.VerdictName(verdict)).AppendLine(t.VerdictExplained(verdict));
        if (result.Findings.Count > 0)
        {
            text.AppendLine().AppendLine(t.FindingsTitle + ":");
            foreach (var finding in result.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"- [{t.RuleLabel} {finding.Rule}, {finding.Kind}] {finding.Message}");
                text.AppendLine(finding.Excerpt.Length > 0 ? $" \"{finding.Excerpt}\"" : "");
            }
        }

        text.AppendLine().AppendLine(t.RemindersTitle + ":");
        foreach (var reminder in result.Reminders)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{t.RuleLabel} {reminder.Rule}] {reminder.Text}");
        }

        return text.ToString();
    }

    public static string TooLong(DraftCheckResult result, DraftCheckTexts texts) =>
        string.Format(CultureInfo.CurrentCulture, texts.TooLong, result.Length, result.MaxLength);
}

using System.Globalization;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Digest;

/// <summary>The digest as one Adaptive Card 1.5. Names and question texts are escaped; drafts never appear.</summary>
public static class DigestCard
{
    public static AdaptiveCard Create(WeeklyDigest digest, Language language)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var t = DigestTexts.For(language);
        var c = t.Culture;
        var title = string.Format(c, t.Title, digest.Week.Number, digest.Week.Year);
        var body = new List<CardElement>
        {
            TextBlock.Heading(title),
            new TextBlock(Dates(digest, t)) { IsSubtle = true, Spacing = "None" },
        };
        if (digest.WeekSoFar)
        {
            body.Add(new TextBlock(string.Format(c, t.SoFar, digest.AsOf.ToOffset(digest.Week.Start.Offset).ToString("dddd HH:mm", c))) { IsSubtle = true, Spacing = "None" });
        }

        body.AddRange(QuestionSection(digest, t, language));
        body.AddRange(DraftSection(digest, t));
        body.AddRange(ApprovalSection(digest, t));
        return new AdaptiveCard
        {
            Language = language,
            Body = body,
            FallbackText = title + ": " + string.Format(c, t.Fallback, digest.Questions.Asked, digest.Drafts.Checked, digest.Approvals.Requested),
        };
    }

    private static IEnumerable<CardElement> QuestionSection(WeeklyDigest d, DigestTexts t, Language language)
    {
        var q = d.Questions;
        yield return Section(t.Questions);
        yield return new FactSet(
        [
            new Fact(t.Asked, WithChange(q.Asked, d.Previous.Questions, t)),
            new Fact(t.Unanswered, WithChange(q.Unanswered, d.Previous.Unanswered, t)),
            new Fact(t.OutOfScope, Number(q.OutOfScope, t)),
            new Fact(t.Unhelpful, Number(q.Unhelpful, t)),
        ]);
        if (q.ByRule.Count > 0)
        {
            var top = string.Join(", ", q.TopTopics(3).Select(r => RuleName(r, t, language) + " (" + r.Count.ToString(t.Culture) + ")"));
            yield return new TextBlock(string.Format(t.Culture, t.TopTopics, top));
            yield return new TextBlock(t.ByRule) { Weight = "Bolder" };
            yield return ByRuleChart(q.ByRule, t, language);
        }

        if (q.UnansweredQuestions.Count > 0)
        {
            yield return new TextBlock(t.UnansweredList) { Weight = "Bolder" };
            yield return new TextBlock(SchoolExamples.SchoolExampleTexts.For(language).Explain) { IsSubtle = true, Size = "Small", Spacing = "None" };
            foreach (var question in q.UnansweredQuestions)
            {
                yield return new TextBlock("• " + CardText.Escape(question.Text)) { Spacing = "Small" };
                yield return SchoolExamples.SchoolExampleButtons.For(question, q.Sections, language);
            }

            if (q.Unanswered > q.UnansweredQuestions.Count)
            {
                yield return new TextBlock(string.Format(t.Culture, t.MoreUnanswered, q.Unanswered - q.UnansweredQuestions.Count)) { IsSubtle = true };
            }
        }

        if (q.UnhelpfulByRule.Count > 0)
        {
            var rules = string.Join(", ", q.UnhelpfulByRule.Select(r => RuleName(r, t, language) + " (" + r.Count.ToString(t.Culture) + ")"));
            yield return new TextBlock(string.Format(t.Culture, t.UnhelpfulByRule, rules));
        }
    }

    private static IEnumerable<CardElement> DraftSection(WeeklyDigest d, DigestTexts t)
    {
        yield return Section(t.Drafts);
        yield return new FactSet([new Fact(t.Checked, WithChange(d.Drafts.Checked, d.Previous.DraftsChecked, t))]);
        var verdicts = new FactSet(
        [
            new Fact(t.Allowed, Number(d.Drafts.Allowed, t)),
            new Fact(t.AskManager, Number(d.Drafts.AskManager, t)),
            new Fact(t.NotAllowed, WithChange(d.Drafts.NotAllowed, d.Previous.NotAllowed, t)),
        ]);

        // A donut of nothing says nothing: an empty week keeps the rows.
        yield return d.Drafts.Checked == 0 ? verdicts : new DonutChart(
        [
            new DonutSlice(Legend(t.Allowed, d.Drafts.Allowed, t), d.Drafts.Allowed) { Color = "good" },
            new DonutSlice(Legend(t.AskManagerShort, d.Drafts.AskManager, t), d.Drafts.AskManager) { Color = "warning" },
            new DonutSlice(Legend(t.NotAllowed, d.Drafts.NotAllowed, t), d.Drafts.NotAllowed) { Color = "attention" },
        ])
        {
            Title = t.ByVerdict,
            Fallback = verdicts,
        };
        yield return new TextBlock(t.DraftsNote) { IsSubtle = true, Size = "Small" };
    }

    /// <summary>Questions per rule as bars, most asked first; clients without charts get the same rows as facts.</summary>
    private static HorizontalBarChart ByRuleChart(IReadOnlyList<RuleCount> byRule, DigestTexts t, Language language)
    {
        var rows = byRule.Select(r => (Label: RuleName(r, t, language), r.Count)).ToList();
        return new HorizontalBarChart([.. rows.Select(r => new BarValue(r.Label, r.Count))])
        {
            Color = "categoricalBlue",
            DisplayMode = "AbsoluteNoAxis", // each bar shows its figure; an axis for a handful of questions only adds noise
            Fallback = new FactSet([.. rows.Select(r => new Fact(r.Label, Number(r.Count, t)))]),
        };
    }

    /// <summary>"Mag (3)": the figure stays readable without hovering over the chart, and the legend short enough to show whole.</summary>
    private static string Legend(string label, int value, DigestTexts t) => label + " (" + Number(value, t) + ")";

    private static IEnumerable<CardElement> ApprovalSection(WeeklyDigest d, DigestTexts t)
    {
        var a = d.Approvals;
        yield return Section(t.Approvals);
        var facts = new List<Fact>
        {
            new(t.Requested, WithChange(a.Requested, d.Previous.Requests, t)),
            new(t.Approved, Number(a.Approved, t)),
            new(t.Rejected, Number(a.Rejected, t)),
        };
        if (a.Withdrawn > 0)
        {
            facts.Add(new(t.Withdrawn, Number(a.Withdrawn, t)));
        }

        if (a.Expired > 0)
        {
            facts.Add(new(t.Expired, Number(a.Expired, t)));
        }

        if (a.Answered > 0)
        {
            facts.Add(new(t.Answered, Number(a.Answered, t)));
        }

        facts.Add(new(t.OpenNow, Number(a.Open, t)));
        facts.Add(new(t.Median, a.MedianToDecision is { } median ? Duration(median, t) : t.None));
        yield return new FactSet(facts);
        if (a.OpenLong.Count > 0)
        {
            yield return new TextBlock(t.OpenLong) { Weight = "Bolder", Color = "Warning" };
            yield return new FactSet([.. a.OpenLong.Select(r =>
                new Fact(CardText.Escape(r.RequesterName) + " → " + CardText.Escape(r.ApproverName), Duration(r.Age, t) + " · " + Approvals.Cards.ApprovalHistoryCard.ShortId(r.RequestId)))]);
            yield return new ActionSet([.. a.OpenLong.Take(5).Select(r => ExecuteAction.Create(
                t.History + " " + Approvals.Cards.ApprovalHistoryCard.ShortId(r.RequestId),
                Approvals.ApprovalHistoryChat.HistoryVerb,
                new System.Text.Json.Nodes.JsonObject { [Approvals.ApprovalVerbs.RequestIdKey] = r.RequestId }))]);
        }
    }

    /// <summary>"3 dagen 4 uur", "5 uur", "20 min": coarse, as a director reads an age.</summary>
    public static string Duration(TimeSpan span, DigestTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var c = t.Culture;
        if (span.TotalHours < 1)
        {
            return string.Format(c, t.Minutes, Math.Max(0, (int)span.TotalMinutes));
        }

        var hours = span.Hours == 1 ? t.Hour : string.Format(c, t.Hours, span.Hours);
        if (span.Days == 0)
        {
            return hours;
        }

        var days = span.Days == 1 ? t.Day : string.Format(c, t.Days, span.Days);
        return span.Hours == 0 ? days : days + " " + hours;
    }

    private static string Dates(WeeklyDigest d, DigestTexts t) =>
        d.Week.Monday.ToString("dddd d MMMM", t.Culture) + " – " + d.Week.Sunday.ToString("dddd d MMMM yyyy", t.Culture);

    private static TextBlock Section(string title) => new(title) { Size = "Medium", Weight = "Bolder", Separator = true, Spacing = "Medium" };

    private static string RuleName(RuleCount rule, DigestTexts t, Language language) =>
        char.IsAsciiDigit(rule.RuleId[0])
            ? string.Format(t.Culture, t.Rule, rule.RuleId) + " · " + rule.Title.In(language)
            : rule.Title.In(language);

    private static string Number(int value, DigestTexts t) => value.ToString(t.Culture);

    private static string WithChange(int value, int previous, DigestTexts t)
    {
        var change = value - previous;
        var text = change == 0 ? t.Same
            : string.Format(t.Culture, t.VersusLastWeek, (change > 0 ? "+" : "−") + Math.Abs(change).ToString(CultureInfo.InvariantCulture));
        return value.ToString(t.Culture) + " (" + text + ")";
    }
}

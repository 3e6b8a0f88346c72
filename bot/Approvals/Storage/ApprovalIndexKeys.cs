using System.Globalization;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>The keys of the ApprovalIndex table (see <see cref="ApprovalIndexEntity"/>).</summary>
public static class ApprovalIndexKeys
{
    public const string Open = "open";
    public const string Pending = "pending";

    /// <summary>No longer written (nothing read them); older requests' pointers are removed with the request.</summary>
    public static string LegacyUserOpen(string aadId) => "useropen|" + aadId;

    /// <summary>No longer written; see <see cref="LegacyUserOpen"/>.</summary>
    public static string LegacyApproverOpen(string aadId) => "appropen|" + aadId;

    /// <summary>No longer written; see <see cref="LegacyUserOpen"/>.</summary>
    public static string LegacyUser(string aadId) => "user|" + aadId;

    public static string Created(DateTimeOffset at) => "created|" + Month(at);

    public static string Decided(DateTimeOffset at) => "decided|" + Month(at);

    /// <summary>Ordered by time: "{ticks:D19}|{id}".</summary>
    public static string Timed(DateTimeOffset at, string id) => Ticks(at) + "|" + id;

    /// <summary>Newest first: "{(MaxTicks - ticks):D19}|{id}".</summary>
    public static string Inverted(DateTimeOffset at, string id) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + id;

    public static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The UTC months that [from, until) touches, oldest first.</summary>
    public static IEnumerable<DateTimeOffset> Months(DateTimeOffset from, DateTimeOffset until)
    {
        var month = new DateTimeOffset(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        for (; month < until; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}

using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// Personal details by their shape (rule 3): e-mail addresses, phone numbers, street addresses and postcodes, and
/// citizen service numbers (BSN, recognised by the 11-test or by the word BSN next to nine digits), numbers spelled
/// out in words, and dates of birth (a whole date, day, month and year, in a draft that says "geboren", "born" or
/// "geboortedatum"; not the author's own, nor a birth announcement of the author's own child). A role mailbox (info@, administratie@, ...) is nobody's personal address, on any account, and
/// on the school's account a number or address is probably the school's own: ask instead of refuse. An address or a
/// fixed-line number the draft itself calls the school's is public: no finding.
/// </summary>
internal sealed partial class ContactDetailsDetector : IDraftDetector
{
    private static readonly string[] RoleMailboxes = ["info", "administratie", "secretariaat", "directie", "mr", "ouderraad", "contact", "office", "admin", "school"];

    public void Detect(DraftFacts facts)
    {
        var text = facts.Draft.Text;
        var school = facts.Context.Account == AccountKind.School;
        foreach (Match match in Email().Matches(text))
        {
            var local = match.Value[..match.Value.IndexOf('@', StringComparison.Ordinal)];
            var roleMailbox = RoleMailboxes.Contains(local, StringComparer.OrdinalIgnoreCase);
            facts.Add("email", roleMailbox ? FindingSeverity.AskManager : FindingSeverity.NotAllowed, match.Index, match.Index + match.Length);
        }

        var mentionsBsn = BsnWord().IsMatch(text);
        foreach (Match match in DigitRun().Matches(text))
        {
            var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
            var end = match.Index + match.Length;
            if (digits.Length == 9 && (mentionsBsn || PassesElevenTest(digits)))
            {
                facts.Add("bsn", FindingSeverity.NotAllowed, match.Index, end);
            }
            else if (IsPhoneNumber(digits, match.Value) && !(IsLandline(digits) && SchoolNumberBefore().IsMatch(text.AsSpan(0, match.Index))))
            {
                facts.Add("phone-number", school ? FindingSeverity.AskManager : FindingSeverity.NotAllowed, match.Index, end);
            }
        }

        foreach (Match match in SpelledNumber().Matches(text).Where(m => !IsCounting(m.Value)))
        {
            facts.Add("phone-number", school ? FindingSeverity.AskManager : FindingSeverity.NotAllowed, match.Index, match.Index + match.Length);
        }

        if (!OwnBirth().IsMatch(text))
        {
            foreach (Match match in DateOfBirth().Matches(text))
            {
                var date = match.Groups["date"];
                facts.Add("date-of-birth", FindingSeverity.NotAllowed, date.Index, date.Index + date.Length);
            }
        }

        foreach (var match in Address().Matches(text).Concat(Postcode().Matches(text)).Concat(EnglishAddress().Matches(text)))
        {
            // The school's own address, said as such, is public, not personal data.
            if (!SchoolAddressBefore().IsMatch(text.AsSpan(0, match.Index)))
            {
                facts.Add("address", school ? FindingSeverity.AskManager : FindingSeverity.NotAllowed, match.Index, match.Index + match.Length);
            }
        }
    }

    /// <summary>The BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).</summary>
    internal static bool PassesElevenTest(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum > 0 && sum % 11 == 0;
    }

    /// <summary>
    /// Counting up or down ("een, twee, drie, vier, vijf, zes", "ten nine eight ..."), as in a lesson or a song: every
    /// number one more (or one less) than the one before. A phone number read out in words is not.
    /// </summary>
    private static bool IsCounting(string spelled)
    {
        var values = CountWord().Split(spelled).Where(w => w.Length > 0).Select(w => NumberValues.GetValueOrDefault(w, -1)).ToList();
        var steps = values.Zip(values.Skip(1), (a, b) => b - a).Distinct().ToList();
        return !values.Contains(-1) && steps is [1 or -1];
    }

    /// <summary>The number words <see cref="SpelledNumber"/> reads, up to twenty, with their values.</summary>
    private static readonly Dictionary<string, int> NumberValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nul"] = 0, ["zero"] = 0, ["oh"] = 0, ["een"] = 1, ["één"] = 1, ["one"] = 1, ["twee"] = 2, ["two"] = 2,
        ["drie"] = 3, ["three"] = 3, ["vier"] = 4, ["four"] = 4, ["vijf"] = 5, ["five"] = 5, ["zes"] = 6, ["six"] = 6,
        ["zeven"] = 7, ["seven"] = 7, ["acht"] = 8, ["eight"] = 8, ["negen"] = 9, ["nine"] = 9, ["tien"] = 10, ["ten"] = 10,
        ["elf"] = 11, ["eleven"] = 11, ["twaalf"] = 12, ["twelve"] = 12, ["dertien"] = 13, ["veertien"] = 14,
        ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20,
    };

    [GeneratedRegex(@"[\s,.\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex CountWord();

    /// <summary>A Dutch fixed line (0598-...), not a mobile number (06, +31 6, 0031 6): a school's number can be one.</summary>
    private static bool IsLandline(string digits) =>
        digits.Length == 10 && digits[0] == '0' && digits[1] != '6';

    private static bool IsPhoneNumber(string digits, string value) =>
        (digits.Length is 10 or 11 && digits[0] == '0')
        || (value.StartsWith('+') && digits.Length is >= 10 and <= 13)
        || (digits.StartsWith("0031", StringComparison.Ordinal) && digits.Length == 13);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w@.,])\+?\d[\d \-().]{6,16}\d(?![\w@]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    /// <summary>A number written out in seven or more number words ("nul zes twaalf drie ..."), to hide it from filters.</summary>
    [GeneratedRegex(@"\b(?:(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s,.\-]+){6,}(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledNumber();

    [GeneratedRegex(@"\b(?:bsn|burgerservicenummer|sofinummer|citizen service number)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BsnWord();

    // A street name and a house number. Not a word that only ends like a street (Vergadering 2, Aflevering 3, Antwoord 3:
    // nouns in -ering and -woord), not a year (Kerstmarkt 2026) and not a count (Speelpark 2 keer, 3 weken).
    [GeneratedRegex(@"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|dijk|singel|kade|gracht|steeg|pad|hof|dreef|park|baan|markt|erf|(?<!e)ring|wijk|(?<!w)oord|zijl|stede|veld)\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:\s?[a-zA-Z])?\b(?!\s+(?:keer|x|maal|weken|week|dagen|dag|jaar|jaren|maanden|uur|minuten|kilometer|km|euro|procent|times|weeks|days|years|hours)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    /// <summary>
    /// Text that ends by saying the next number is the school's: "telefoonnummer van de school:", "bel even naar school:",
    /// "bel de administratie op", "the school office on". Not "bel juf Anna op".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:tel(?:efoon)?nummer|nummer)\s+van\s+(?:de|onze|ons)\s+(?:school|administratie|schoolgebouw)(?:\s+\w+){0,2}|\b(?:bel|bellen|belt|call|ring)\s+(?:even\s+|gerust\s+|maar\s+)?(?:naar\s+)?(?:de\s+|het\s+|onze\s+|the\s+)?(?:school|administratie|secretariaat|receptie|schoolkantoor|school\s+office)|\b(?:reach|call)\s+the\s+school(?:\s+office)?\s+on)\s*[:,]?\s*(?:op|via|on|at)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolNumberBefore();

    /// <summary>
    /// Text that ends by saying the next address is the school's: "het adres van onze nieuwe school is", "onze school
    /// staat aan de", "vanaf augustus staat onze school aan de", "our new school is at" (also before the postcode that
    /// follows the street). Not "naast onze school,".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:het\s+)?(?:adres|locatie)\s+van\s+(?:de|onze|ons)\s+(?:nieuwe\s+)?(?:school|schoolgebouw|gebouw)(?:\s+(?:is|wordt|blijft))?\s*:?|\b(?:(?:onze|ons)\s+(?:nieuwe\s+)?(?:school|schoolgebouw|gebouw)\s+(?:staat|ligt|komt|zit|is)|(?:staat|ligt|komt|zit|is)\s+(?:onze|ons)\s+(?:nieuwe\s+)?(?:school|schoolgebouw|gebouw))\s+(?:straks\s+|vanaf\s+\w+\s+)?(?:op|aan|in)(?:\s+(?:de|het))?|\bour\s+(?:new\s+)?school(?:'s)?\s+(?:address\s+is|building\s+is\s+at|is\s+at)\s*:?)(?:\s+[A-Z][a-zà-ÿ]+(?:\s+\d{1,4}[a-zA-Z]?)?,?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolAddressBefore();

    /// <summary>
    /// The author's own birth ("ik ben geboren", "I was born") or a birth announcement of their own child or grandchild
    /// ("onze dochter is geboren", "my son was born"): not someone else's personal data from the school.
    /// </summary>
    [GeneratedRegex(@"\b(?:ik\s+ben\s+(?:\w+\s+){0,3}geboren|I\s+was\s+(?:\w+\s+){0,2}born|(?:mijn|onze|ons|my|our)\s+(?:\w+\s+)?(?:zoon|zoontje|dochter|dochtertje|kindje|baby|kleinzoon|kleindochter|kleinkind|son|daughter|baby\s+(?:boy|girl)|grandson|granddaughter|grandchild)\b[^.!?]{0,40}\b(?:geboren|born))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnBirth();

    /// <summary>
    /// A date of birth: "geboren", "geb.", "geboortedatum", "born" or "date of birth", at most three words, then a whole
    /// date (day, month and a four-digit year: 14-12-1988, 3/4/2019, "3 maart 2015", "March 3, 1982"). A date further
    /// away ("geboren en getogen in Muntendam, en sinds 1 augustus 2026 juf") is no date of birth.
    /// </summary>
    [GeneratedRegex(@"\b(?:geboren|geb\.|geboortedatum|geboortedatums|geboortedata|born|date\s+of\s+birth|birth\s?date|DOB|d\.o\.b\.)(?!\w)(?:[\s:,(]+[\w']+){0,3}?[\s:,(]+(?<date>(?:0?[1-9]|[12]\d|3[01])[\-/.](?:0?[1-9]|1[0-2])[\-/.](?:19|20)\d\d(?![\d\-/])|(?:0?[1-9]|[12]\d|3[01])\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october)\.?\s+(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOfBirth();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Crescent|Place)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAddress();
}

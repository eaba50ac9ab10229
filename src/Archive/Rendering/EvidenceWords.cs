using Archive.Content;

namespace Archive.Rendering;

/// <summary>
/// The words pages use for evidence: a claim's certainty ("believed"), and what a quoted passage supports ("made by
/// Asaib Ahl al-Haq (believed)", "one side of a dispute: the date of the announcement"). One place, so the offer page,
/// the group page and the marked passage in the article say the same thing.
/// </summary>
public static class EvidenceWords
{
    /// <summary>The certainty as a reader sees it; null for a confirmed claim, which needs no qualifier.</summary>
    public static string? Certainty(Certainty certainty) => certainty == Content.Certainty.Confirmed ? null : Codes.Of(certainty);

    /// <summary>
    /// What a claim written in <paramref name="field"/> (<c>by</c>, <c>to</c>, <c>via</c>, <c>member_of</c> or a relation
    /// type such as <c>splinter-of</c>) says about <paramref name="group"/>: "made by Kataib Hezbollah (believed)".
    /// </summary>
    public static string Claim(string field, string group, Certainty certainty)
    {
        var tie = field switch
        {
            "by" => "made by " + group,
            "to" => "addressed to " + group,
            "via" => "through " + group,
            "member_of" => "member of " + group,
            _ => field.Replace('-', ' ') + " " + group,
        };
        return Certainty(certainty) is { } word ? $"{tie} ({word})" : tie;
    }

    /// <summary>What one side of a dispute is: "one side of a dispute: the date of the announcement".</summary>
    public static string DisputePosition(string about) => "one side of a dispute: " + about;

    /// <summary>What an offer's source quote is.</summary>
    public const string Source = "source";
}

namespace Archive.Content;

/// <summary>The closed lists of values the content model allows, in display order.</summary>
public static class ContentVocabulary
{
    public static readonly IReadOnlyList<string> ArticleKinds = ["news", "wire", "analysis", "opinion", "blog", "statement", "document"];
    public static readonly IReadOnlyList<string> Rights = ["full-text", "excerpt", "metadata-only"];
    public static readonly IReadOnlyList<string> GroupKinds = ["armed-group", "militia", "coalition", "government", "state-body", "mediator", "political-party", "other"];
    public static readonly IReadOnlyList<string> RelationTypes = ["allied-with", "rival-of", "splinter-of", "merged-into", "front-for"];
    public static readonly IReadOnlyList<string> OfferForms = ["unilateral-declaration", "conditional-offer", "proposal-via-intermediary", "negotiated-proposal", "reported-offer"];
    public static readonly IReadOnlyList<string> OfferStatuses = ["reported", "proposed", "negotiated", "unanswered", "rejected", "broken-off", "accepted", "partially-held", "lapsed"];
    public static readonly IReadOnlyList<string> ResponseStances = ["accepted", "rejected", "no-response", "denied", "no-comment"];
    public static readonly IReadOnlyList<string> Certainties = ["confirmed", "reported", "believed", "disputed"];

    /// <summary>The YAML word for a certainty; the inverse of <see cref="ParseCertainty"/>.</summary>
    public static string CertaintyName(Certainty certainty) => Certainties[(int)certainty];

    /// <summary>The certainty a word of <see cref="Certainties"/> names.</summary>
    public static Certainty ParseCertainty(string name) => (Certainty)IndexOf(Certainties, name);

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value) return i;
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, "not one of the allowed values");
    }
}

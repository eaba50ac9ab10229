namespace Archive.Rendering.Views;

/// <summary>One offer of the explorer: what the list shows, and the keys its script filters and exports by.</summary>
public sealed record OfferRow
{
    public required LinkView Offer { get; init; }

    /// <summary>The offer's year, linked to its year page; null when the date has none.</summary>
    public LinkView? Year { get; init; }

    public required IReadOnlyList<TieView> By { get; init; }
    public required IReadOnlyList<TieView> To { get; init; }
    public required string Form { get; init; }
    public required string Status { get; init; }
    public required string StatusKey { get; init; }

    /// <summary>The terms it is filed under, linked to their pages.</summary>
    public IReadOnlyList<LinkView> Terms { get; init; } = [];

    /// <summary>Space-separated keys for the explorer's filters: every group involved, the form, its terms with their broader terms.</summary>
    public string GroupKeys { get; init; } = "";

    public string FormKey { get; init; } = "";
    public string TermKeys { get; init; } = "";

    /// <summary>Sorts by date: the offer's date as a sortable key (<c>2006-06-28</c>).</summary>
    public string SortKey { get; init; } = "";

    /// <summary>The row as the CSV download gives it, as JSON (date, title, url, by, to, via, form, status, terms).</summary>
    public string Record { get; init; } = "";
}

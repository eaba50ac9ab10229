namespace Archive.Rendering.Views;

/// <summary>A date as shown: human text by precision, the ISO form for <c>&lt;time&gt;</c>, and its date page if any.</summary>
public sealed record DateView
{
    /// <summary>"May 6, 2006", "c. March 2006", "2006?".</summary>
    public required string Text { get; init; }

    /// <summary>For <c>datetime</c>: <c>2006-05-06</c>, <c>2006-03</c>, or the interval as written.</summary>
    public required string Iso { get; init; }

    /// <summary>The date page of its precision, or the nearest coarser one; null when there is none.</summary>
    public string? Url { get; init; }
}

namespace Archive.Rendering.Views;

/// <summary>The offers index: a table in time order.</summary>
public sealed record OfferListView(string Title, string Intro, IReadOnlyList<OfferRow> Rows);

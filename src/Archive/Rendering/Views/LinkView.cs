namespace Archive.Rendering.Views;

/// <summary>A link to a record, with optional small print (a date, a kind, a status).</summary>
public sealed record LinkView(string Text, string Url, string? Detail = null, DateView? Date = null);

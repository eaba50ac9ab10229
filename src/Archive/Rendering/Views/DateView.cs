namespace Archive.Rendering.Views;

/// <summary>A date as shown: human text by precision, the ISO form for <c>&lt;time&gt;</c>, and its date page if any.</summary>
public sealed record DateView(string Text, string Iso, string? Url);

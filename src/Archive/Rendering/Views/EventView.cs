namespace Archive.Rendering.Views;

/// <summary>A dated step of an offer, anchored as <c>#event-N</c>.</summary>
public sealed record EventView(string Anchor, DateView Date, string What, LinkView? Source);

namespace Archive.Rendering.Views;

/// <summary>An addressee's answer to an offer, anchored as <c>#response-N</c>.</summary>
public sealed record ResponseView(string Anchor, LinkView By, DateView? Date, string Stance, string StanceKey, LinkView? Source);

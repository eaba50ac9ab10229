namespace Archive.Rendering.Views;

/// <summary>A free page such as "about".</summary>
public sealed record FreePageView(string Title, string? Summary, string BodyHtml);

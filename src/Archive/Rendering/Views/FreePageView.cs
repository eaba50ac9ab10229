namespace Archive.Rendering.Views;

/// <summary>A free page such as "about".</summary>
public sealed record FreePageView
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required SafeHtml Body { get; init; }
}

using Archive.Rendering;
using Archive.Rendering.Views;

namespace Archive.Tests.Rendering.Theme;

/// <summary>The <c>content</c> the examples of <c>Specs/ThemeFunctions.md</c> render with, as its table describes it.</summary>
public sealed record ThemeSpecContent
{
    public DateView Published { get; } = new() { Text = "May 6, 2006", Iso = "2006-05-06", Url = "/dates/2006/05/06/" };
    public DateView Retrieved { get; } = new() { Text = "c. March 2006", Iso = "2006-03" };
    public DateView? Updated { get; }
    public LinkView Group { get; } = new("Kataib Hezbollah", "/groups/kataib-hezbollah/") { Detail = "KH" };
    public LinkView Hostile { get; } = new("Bread & <Salt> \"1\" 'x'", "/a/?q=\"><script>");
    public IReadOnlyList<LinkView> Offers { get; } = [new("First offer", "/offers/first/"), new("Second offer", "/offers/second/")];
    public IReadOnlyList<string> Aliases { get; } = ["KH", "Hezbollah Brigades"];
    public IReadOnlyList<string> Regions { get; } = [];
    public string Summary { get; } = "";
    public int NoteCount { get; } = 3;
    public int Zero { get; }
    public SafeHtml Body { get; } = new("<p>The <em>text</em>.</p>");
}

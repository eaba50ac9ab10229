using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>A page of the site: its URL, the layout that renders it and how to build its model.</summary>
public sealed record Route(string Url, string Layout, Func<PageContext, PageModel> Build);

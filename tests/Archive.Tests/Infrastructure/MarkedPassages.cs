using AngleSharp.Dom;

namespace Archive.Tests.Infrastructure;

/// <summary>
/// Reads the marked passages of a published article as a reader's browser finds them: a passage is one or more
/// <c>mark</c> elements whose <c>data-quote</c> lists every id that leads to it; the first id is the first mark's own,
/// the others empty <c>.quote-anchor</c> elements at its start; one <c>sup.quote-cite</c> after it links to the records
/// that quote it.
/// </summary>
internal static class MarkedPassages
{
    /// <summary>The marks of the passage that <paramref name="id"/> leads to, in document order.</summary>
    public static IReadOnlyList<IElement> Marks(IDocument page, string id) => page.QuerySelectorAll($"mark[data-quote~='{id}']").ToList();

    /// <summary>The mark a link to <c>#<paramref name="id"/></c> lands on (the element itself or the mark it opens), or null.</summary>
    public static IElement? Landing(IDocument page, string id) => page.GetElementById(id) switch
    {
        { LocalName: "mark" } mark => mark,
        { ClassName: "quote-anchor", ParentElement: { LocalName: "mark" } mark } when mark.GetAttribute("data-quote")!.Split(' ').Contains(id) => mark,
        _ => null,
    };

    /// <summary>The source's words in every mark of the passage, in order; citations of passages nested inside are not the source's words.</summary>
    public static string Text(IDocument page, string id) =>
        string.Concat(Marks(page, id)
            .SelectMany(m => m.GetDescendants().OfType<IText>())
            .Where(t => t.ParentElement?.Closest(".quote-cite") is null)
            .Distinct()
            .Select(t => t.Data));

    /// <summary>
    /// The links of the citation right after the passage's last mark (or after the link the passage ends in, as a link
    /// cannot hold another); empty when the passage has none (an editor's note only).
    /// </summary>
    public static IReadOnlyList<IElement> Citations(IDocument page, string id)
    {
        IElement after = Marks(page, id)[^1];
        for (var e = after.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "a") after = e;
        }
        return after.NextSibling is IElement { LocalName: "sup", ClassName: "quote-cite" } sup ? sup.QuerySelectorAll("a").ToList() : [];
    }
}

using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// One page of a list split into pages of <see cref="Size"/> items (the site's <c>page_size</c>), as Hugo's and Zola's
/// pagers do it: page 1 at the list's own address, page n at <c>…/page/n/</c>. A list that fits one page is one page
/// with no pager, exactly as if lists were never split.
/// </summary>
public sealed record ListPage(string ListUrl, int Number, int Size, int ItemCount)
{
    /// <summary>How many pages a list of <paramref name="itemCount"/> items takes: at least one, even when empty.</summary>
    public static int PageCount(int itemCount, int size) => Math.Max(1, (itemCount + size - 1) / size);

    /// <summary>Every page of a list, in order.</summary>
    public static IEnumerable<ListPage> All(string listUrl, int itemCount, int size) =>
        Enumerable.Range(1, PageCount(itemCount, size)).Select(n => new ListPage(listUrl, n, size, itemCount));

    /// <summary>The single page of a list never split (or not split yet).</summary>
    public static ListPage Whole(string listUrl, int itemCount) => new(listUrl, 1, Math.Max(1, itemCount), itemCount);

    public int Count => PageCount(ItemCount, Size);

    public string Url => Urls.Paged(ListUrl, Number);

    public bool IsFirst => Number == 1;

    /// <summary>This page's items out of the whole list's, in the list's order.</summary>
    public IReadOnlyList<T> Slice<T>(IEnumerable<T> items) => items.Skip((Number - 1) * Size).Take(Size).ToList();

    /// <summary>The title of this page: the list's, and after the first page which page it is, so every page's title differs.</summary>
    public string Title(string listTitle) =>
        IsFirst ? listTitle : string.Create(CultureInfo.InvariantCulture, $"{listTitle}, page {Number} of {Count}");

    /// <summary>Where this page stands, for the page's navigation and its head; null when the list is one page.</summary>
    public PagerView? Pager()
    {
        if (Count < 2) return null;
        LinkView PageLink(int n, string text) => new(text, Urls.Paged(ListUrl, n));
        return new PagerView
        {
            Number = Number,
            Count = Count,
            FirstItem = (Number - 1) * Size + 1,
            LastItem = Math.Min(Number * Size, ItemCount),
            ItemCount = ItemCount,
            Previous = Number > 1 ? PageLink(Number - 1, Label(Number - 1)) : null,
            Next = Number < Count ? PageLink(Number + 1, Label(Number + 1)) : null,
            Pages = Numbers(),
        };
    }

    /// <summary>The page's model with its place in the list, which the theme shows and names in the head as prev and next.</summary>
    public PageModel On(PageModel model) => model with { Page = model.Page with { Pager = Pager() } };

    private static string Label(int n) => "Page " + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The first and last pages and the two either side of this one, with a gap where pages are left out, so the pager
    /// stays a few links long however many pages there are (every page is still reached through its neighbours).
    /// </summary>
    private IReadOnlyList<PageNumberView> Numbers()
    {
        var shown = new SortedSet<int> { 1, Count };
        for (var n = Number - 2; n <= Number + 2; n++)
        {
            if (n >= 1 && n <= Count) shown.Add(n);
        }
        var numbers = new List<PageNumberView>();
        var last = 0;
        foreach (var n in shown)
        {
            if (n > last + 1) numbers.Add(new PageNumberView("…", null, false));
            numbers.Add(new PageNumberView(n.ToString(CultureInfo.InvariantCulture), Urls.Paged(ListUrl, n), n == Number));
            last = n;
        }
        return numbers;
    }
}

using System.Globalization;
using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// The facets of each record page in the search index: record type, year, every group involved, offer status and
/// form, article kind and source, and every term (with its broader terms, so the facet "Withdrawal" holds what is
/// filed under "Withdrawal timetable", as the term pages do).
/// </summary>
public static class SearchEntries
{
    public const string Type = "type", Group = "group", Year = "year", Status = "status", Form = "form", Kind = "kind", Source = "source", Term = "term";

    /// <summary>The facets in the order the search page shows them, with their headings.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Facets =
    [
        (Type, "Record type"), (Group, "Group"), (Year, "Year"), (Term, "Term"), (Status, "Offer status"),
        (Form, "Offer form"), (Kind, "Article kind"), (Source, "Source"),
    ];

    public static PageModel With(PageModel model, SearchEntryView entry) => model with { Page = model.Page with { Search = entry } };

    public static SearchEntryView ForArticle(PageContext c, Article a)
    {
        var filters = new List<SearchFilterView> { new(Type, "Article"), new(Kind, Labels.Of(a.Kind)), new(Source, a.Source) };
        AddYear(filters, a.Published);
        filters.AddRange(c.Site.GroupsOf(a.Groups).Select(g => new SearchFilterView(Group, g.Name)));
        AddTerms(c, filters, a.Terms);
        return new SearchEntryView { Type = "Article", Date = Content.Dates.EdtfFormatter.Format(a.Published), Filters = Distinct(filters), Names = [] };
    }

    public static SearchEntryView ForOffer(PageContext c, Offer o)
    {
        var filters = new List<SearchFilterView> { new(Type, "Offer"), new(Status, Labels.Of(o.Status)), new(Form, Labels.Of(o.Form)) };
        AddYear(filters, o.Date);
        filters.AddRange(c.Site.GroupsOf(o.By.Concat(o.To).Concat(o.Via)).Select(g => new SearchFilterView(Group, g.Name)));
        AddTerms(c, filters, o.Terms);
        return new SearchEntryView { Type = "Offer", Date = Content.Dates.EdtfFormatter.Format(o.Date), Filters = Distinct(filters), Names = [] };
    }

    public static SearchEntryView ForGroup(Group g) => new()
    {
        Type = "Group",
        Filters = [new(Type, "Group"), new(Group, g.Name)],
        Names = [.. (g.Acronym is null ? [] : new[] { g.Acronym }), .. g.Aliases],
        NativeName = g.NameNative,
        // The content model's native names are Arabic; a name in another script would need its own field.
        NativeLanguage = g.NameNative is null ? null : "ar",
    };

    private static void AddYear(List<SearchFilterView> filters, Content.Dates.EdtfDate date)
    {
        if (date.Point is { } p) filters.Add(new SearchFilterView(Year, p.Year.ToString(CultureInfo.InvariantCulture)));
    }

    private static void AddTerms(PageContext c, List<SearchFilterView> filters, IEnumerable<Ref> terms)
    {
        foreach (var t in c.Site.Vocabulary.TermsOf(terms))
        {
            filters.Add(new SearchFilterView(Term, t.Label));
            filters.AddRange(c.Site.Vocabulary.Ancestors(t.Id).Select(a => new SearchFilterView(Term, a.Label)));
        }
    }

    private static IReadOnlyList<SearchFilterView> Distinct(IEnumerable<SearchFilterView> filters) => filters.Distinct().ToList();
}

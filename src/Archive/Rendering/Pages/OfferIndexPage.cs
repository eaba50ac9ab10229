using System.Globalization;
using System.Text.Json;
using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// <c>/offers/</c>, the explorer: every offer in time order with date, parties, form, status and terms. Complete
/// without JavaScript; the theme's script filters by group, year, form, status and term, sorts, and downloads the
/// rows shown as CSV, from the keys each row carries. A long list is split into pages (<c>/offers/page/2/</c>); the script
/// then gathers the other pages' rows before it filters, so its filters and download still cover every offer.
/// </summary>
public static class OfferIndexPage
{
    public static PageModel Build(PageContext c, ListPage page)
    {
        var site = c.Site;
        var vocabulary = site.Vocabulary;
        IEnumerable<Term> TermsWithBroader(Offer o) =>
            vocabulary.TermsOf(o.Terms).SelectMany(t => vocabulary.Ancestors(t.Id).Prepend(t)).DistinctBy(t => t.Id);
        IEnumerable<Group> Involved(Offer o) => site.GroupsOf(o.By.Concat(o.To).Concat(o.Via)).DistinctBy(g => g.Id);

        var rows = page.Slice(site.Offers).Select(o => new OfferRow
        {
            Offer = c.Views.Link(o),
            Year = new LinkView(o.Date.Point.Year.ToString(CultureInfo.InvariantCulture), Urls.Date(new EdtfPoint(o.Date.Point.Year))),
            By = c.Views.Ties(o.By),
            To = c.Views.Ties(o.To),
            Form = Labels.Of(o.Form),
            Status = Labels.Of(o.Status),
            StatusKey = Codes.Of(o.Status),
            Terms = vocabulary.TermsOf(o.Terms).Select(c.Views.Link).ToList(),
            GroupKeys = string.Join(' ', Involved(o).Select(g => g.Id)),
            FormKey = Codes.Of(o.Form),
            TermKeys = string.Join(' ', TermsWithBroader(o).Select(t => t.Id)),
            SortKey = o.Date.SortKey.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Record = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["date"] = o.Date.ToString(),
                ["title"] = o.Title,
                ["url"] = c.Absolute(Urls.Offer(o.Id)).ToString(),
                ["by"] = string.Join("; ", site.GroupsOf(o.By).Select(g => g.Name)),
                ["to"] = string.Join("; ", site.GroupsOf(o.To).Select(g => g.Name)),
                ["via"] = string.Join("; ", site.GroupsOf(o.Via).Select(g => g.Name)),
                ["form"] = Labels.Of(o.Form),
                ["status"] = Labels.Of(o.Status),
                ["terms"] = string.Join("; ", vocabulary.TermsOf(o.Terms).Select(t => t.Label)),
            }),
        }).ToList();

        ExplorerFilterView Filter(string key, string label, IEnumerable<(string Key, string Label)> perOffer, bool byCount = true)
        {
            var counted = perOffer.GroupBy(x => x.Key, StringComparer.Ordinal)
                .Select(g => new ExplorerChoiceView(g.Key, g.First().Label, g.Count()));
            var ordered = byCount ? counted.OrderByDescending(x => x.Count).ThenBy(x => x.Label, StringComparer.OrdinalIgnoreCase) : counted.OrderBy(x => x.Key, StringComparer.Ordinal);
            return new ExplorerFilterView { Key = key, Label = label, Choices = ordered.ToList() };
        }
        var offers = site.Offers;
        var filters = new List<ExplorerFilterView>
        {
            Filter("group", "Group", offers.SelectMany(o => Involved(o).Select(g => (g.Id, g.Name)))),
            Filter("year", "Year", offers.Select(o => (o.Date.Point.Year.ToString(CultureInfo.InvariantCulture), o.Date.Point.Year.ToString(CultureInfo.InvariantCulture))), byCount: false),
            Filter("form", "Form", offers.Select(o => (Codes.Of(o.Form), Labels.Of(o.Form)))),
            Filter("status", "Status", offers.Select(o => (Codes.Of(o.Status), Labels.Of(o.Status)))),
            Filter("term", "Term", offers.SelectMany(o => TermsWithBroader(o).Select(t => (t.Id, t.Label)))),
        };
        var view = new OfferListView
        {
            Title = "Offers",
            Intro = "Every ceasefire and truce offer in the archive, in time order, with who made it, to whom, its form, its status and what it demanded and offered.",
            Rows = rows,
            Filters = filters,
        };
        return page.On(c.Model(page.Title("Offers"), view.Intro, page.Url, "offers", view with { Title = page.Title(view.Title) }));
    }
}

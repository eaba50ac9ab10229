using System.Globalization;
using System.Xml.Linq;
using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using static Archive.Rendering.Figures.Svg;

namespace Archive.Rendering.Figures;

/// <summary>
/// The timeline drawn at build time: offers as marks on a time axis, in one lane per offering side, their dated steps
/// as smaller marks; a date known only to a month or year, or qualified as uncertain or approximate, is drawn as a
/// range with a dashed outline and said so in its title. Years with nothing in them are folded into a short gap. The
/// drawing stays bounded: past <see cref="MaxMarks"/> offers, each lane shows one mark per year with its count.
/// </summary>
public static class TimelineFigure
{
    public const int MaxMarks = 300;
    private const int MaxLanes = 8;
    private const double Left = 200, Right = 16, Top = 28, LaneHeight = 34, YearWidth = 200, GapWidth = 60, MonthWidth = 64, MinWidth = 660;

    /// <summary>The whole archive on a year axis (the timeline and the home page).</summary>
    public static SafeHtml ForSite(Site site) => Draw(site, site.Offers, null);

    /// <summary>One year on a month axis (the year's date page); empty when the year holds no offer.</summary>
    public static SafeHtml ForYear(Site site, int year)
    {
        var offers = site.Offers.Where(o => o.Date.Point.Year == year).ToList();
        return offers.Count == 0 ? SafeHtml.Empty : Draw(site, offers, year);
    }

    private static SafeHtml Draw(Site site, IReadOnlyList<Offer> offers, int? year)
    {
        if (offers.Count == 0) return SafeHtml.Empty;
        var axis = year is { } y ? Axis.Months(y) : Axis.Years(offers.SelectMany(o => o.Events.Select(e => e.Date.Point.Year).Prepend(o.Date.Point.Year)));
        var lanes = Lanes(site, offers);
        var height = Top + lanes.Count * LaneHeight + 30;
        var width = Math.Max(MinWidth, Left + axis.Width + Right);
        var title = year is null
            ? $"Timeline of {Labels.Plural(offers.Count, "offer")}, {axis.FirstLabel}–{axis.LastLabel}, by offering side"
            : $"Offers of {year} by month, by offering side";
        var svg = El("svg", At("xmlns", Ns.NamespaceName), At("viewBox", $"0 0 {Num(width)} {Num(height)}"), At("width", width), At("height", height), At("class", "timeline-figure"),
            At("role", "group"), At("aria-label", title));

        // Lanes and the axis.
        for (var i = 0; i < lanes.Count; i++)
        {
            var laneY = Top + i * LaneHeight;
            svg.Add(El("rect", At("x", Left), At("y", laneY), At("width", axis.Width), At("height", LaneHeight), At("fill", i % 2 == 0 ? "#f4f2ec" : "#fdfcf9")));
            svg.Add(El("text", At("x", Left - 8), At("y", laneY + LaneHeight / 2 + 4), At("text-anchor", "end"), At("font-size", 12), At("fill", "#1d1d1f"), Shorten(lanes[i].Label, 27)));
        }
        foreach (var tick in axis.Ticks)
        {
            svg.Add(El("line", At("x1", Left + tick.X), At("x2", Left + tick.X), At("y1", Top - 6), At("y2", height - 24), At("stroke", tick.Gap ? "#c9c7c0" : "#dcdce0"), tick.Gap ? At("stroke-dasharray", "2 3") : null));
            var label = El("text", At("x", Left + tick.X + tick.Width / 2), At("y", Top - 10), At("text-anchor", "middle"), At("font-size", tick.Gap ? 9 : 11), At("fill", "#5b5b63"), tick.Label);
            svg.Add(tick.Url is null ? label : Link(tick.Url, tick.Gap ? $"No offers {tick.Label}" : $"Everything dated {tick.Label}", label));
        }

        var aggregate = offers.Count > MaxMarks;
        for (var i = 0; i < lanes.Count; i++)
        {
            var laneY = Top + i * LaneHeight + LaneHeight / 2;
            if (aggregate)
            {
                foreach (var perYear in lanes[i].Offers.GroupBy(o => o.Date.Point.Year))
                {
                    var (x, w) = axis.Span(new EdtfPoint(perYear.Key));
                    var r = Math.Min(LaneHeight / 2 - 2, 3 + Math.Sqrt(perYear.Count()) * 1.5);
                    svg.Add(Link(Urls.Date(new EdtfPoint(perYear.Key)), $"{Labels.Plural(perYear.Count(), "offer")} by {lanes[i].Label} in {perYear.Key}",
                        El("circle", At("class", "mark"), At("cx", Left + x + w / 2), At("cy", laneY), At("r", r), At("fill", "#7a2e1f"), At("fill-opacity", 0.8))));
                }
                continue;
            }
            foreach (var offer in lanes[i].Offers)
            {
                for (var e = 0; e < offer.Events.Count; e++)
                {
                    var ev = offer.Events[e];
                    if (year is { } only && ev.Date.Point.Year != only) continue;
                    var (ex, ew) = axis.Span(ev.Date.Point);
                    svg.Add(Link(Urls.OfferEvent(offer.Id, e + 1), $"{EdtfFormatter.Format(ev.Date)}: {ev.What} (a step of “{offer.Title}”)",
                        El("rect", At("class", "mark event"), At("x", Left + ex + ew / 2 - 3), At("y", laneY + 7), At("width", 6), At("height", 6),
                            At("transform", $"rotate(45 {Num(Left + ex + ew / 2)} {Num(laneY + 10)})"), At("fill", "#5b5b63"))));
                }
                svg.Add(OfferMark(offer, axis, laneY));
            }
        }

        // The legend says in words what the styles mean.
        var legendY = height - 10;
        svg.Add(El("circle", At("cx", Left + 6), At("cy", legendY - 4), At("r", 5), At("fill", "#7a2e1f")));
        svg.Add(El("text", At("x", Left + 16), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "offer on a known day"));
        svg.Add(El("rect", At("x", Left + 130), At("y", legendY - 9), At("width", 22), At("height", 10), At("rx", 4), At("fill", "#7a2e1f"), At("fill-opacity", 0.25), At("stroke", "#7a2e1f"), At("stroke-dasharray", "3 2")));
        svg.Add(El("text", At("x", Left + 158), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "month, year, approximate or uncertain"));
        svg.Add(El("rect", At("x", Left + 360), At("y", legendY - 7), At("width", 6), At("height", 6), At("transform", $"rotate(45 {Num(Left + 363)} {Num(legendY - 4)})"), At("fill", "#5b5b63")));
        svg.Add(El("text", At("x", Left + 374), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "a step of an offer"));
        return ToHtml(svg);
    }

    private static XElement OfferMark(Offer offer, Axis axis, double laneY)
    {
        var point = offer.Date.Point;
        var (x, w) = axis.Span(point);
        var exact = point.Precision == DatePrecision.Day && !point.IsUncertain && !point.IsApproximate && !offer.Date.IsInterval;
        var when = EdtfFormatter.Format(offer.Date);
        var qualifier = exact ? "" : point.IsUncertain || point.IsApproximate ? " (date approximate or uncertain)" : " (dated only to the " + (point.Precision == DatePrecision.Month ? "month" : "year") + ")";
        var title = $"{when}: {offer.Title}{qualifier}. {Labels.Of(offer.Status)}.";
        XElement shape = exact
            ? El("circle", At("class", "mark"), At("cx", Left + x + w / 2), At("cy", laneY), At("r", 6), At("fill", "#7a2e1f"))
            : El("rect", At("class", "mark uncertain"), At("x", Left + x), At("y", laneY - 6), At("width", Math.Max(w, 12)), At("height", 12), At("rx", 5),
                At("fill", "#7a2e1f"), At("fill-opacity", 0.25), At("stroke", "#7a2e1f"), At("stroke-dasharray", "3 2"));
        return Link(Urls.Offer(offer.Id), title, shape);
    }

    private sealed record Lane(string Label, IReadOnlyList<Offer> Offers);

    /// <summary>One lane per offering side (the first group of <c>by</c>), the busiest first; past the limit the rest share one lane.</summary>
    private static List<Lane> Lanes(Site site, IReadOnlyList<Offer> offers)
    {
        string Side(Offer o) => o.By.Select(c => site.Group(c.Group.Id)?.Name).FirstOrDefault(n => n is not null) ?? "Unknown side";
        var bySide = offers.GroupBy(Side).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(o => o.Date.SortKey)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var lanes = bySide.Take(MaxLanes - 1).Select(g => new Lane(g.Key, g.ToList())).ToList();
        var rest = bySide.Skip(MaxLanes - 1).SelectMany(g => g).ToList();
        if (rest.Count > 0) lanes.Add(bySide.Count == MaxLanes ? new Lane(bySide[^1].Key, rest) : new Lane("Other offering sides", rest));
        // Lanes in order of their first offer read like the story.
        return lanes.OrderBy(l => l.Offers.Min(o => o.Date.SortKey)).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>Where dates fall across the drawing: years (with empty runs folded into gaps) or the months of one year.</summary>
    private sealed class Axis
    {
        private readonly List<Tick> _ticks = [];
        private readonly Func<EdtfPoint, (double X, double W)> _span;

        private Axis(Func<EdtfPoint, (double, double)> span) => _span = span;

        public IReadOnlyList<Tick> Ticks => _ticks;
        public double Width => _ticks.Count == 0 ? 0 : _ticks[^1].X + _ticks[^1].Width;
        public string FirstLabel => _ticks.First(t => !t.Gap).Label;
        public string LastLabel => _ticks.Last(t => !t.Gap).Label;

        /// <summary>The horizontal extent of a point: a day is a sliver, a month or a year its whole width.</summary>
        public (double X, double W) Span(EdtfPoint p) => _span(p);

        public static Axis Years(IEnumerable<int> years)
        {
            var used = years.Distinct().Order().ToList();
            var starts = new Dictionary<int, double>();
            var axis = new Axis(p => Fraction(p, starts));
            double x = 0;
            for (var i = 0; i < used.Count; i++)
            {
                if (i > 0 && used[i] - used[i - 1] > 1)
                {
                    var from = used[i - 1] + 1;
                    var to = used[i] - 1;
                    var label = from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}–{to}";
                    axis._ticks.Add(new Tick(x, GapWidth, label, null, true));
                    x += GapWidth;
                }
                starts[used[i]] = x;
                axis._ticks.Add(new Tick(x, YearWidth, used[i].ToString(CultureInfo.InvariantCulture), Urls.Date(new EdtfPoint(used[i])), false));
                x += YearWidth;
            }
            return axis;

            static (double, double) Fraction(EdtfPoint p, Dictionary<int, double> starts)
            {
                var x0 = starts[p.Year];
                var days = DateTime.IsLeapYear(p.Year) ? 366.0 : 365.0;
                var start = (p.Earliest.DayOfYear - 1) / days * YearWidth;
                var end = p.Latest.DayOfYear / days * YearWidth;
                return (x0 + start, Math.Max(end - start, 1));
            }
        }

        public static Axis Months(int year)
        {
            var axis = new Axis(p =>
            {
                if (p.Month is not { } m) return (0, 12 * MonthWidth);
                var days = DateTime.DaysInMonth(year, m);
                var x0 = (m - 1) * MonthWidth;
                return p.Day is { } d ? (x0 + (d - 1.0) / days * MonthWidth, MonthWidth / days) : (x0, MonthWidth);
            });
            for (var m = 1; m <= 12; m++)
            {
                axis._ticks.Add(new Tick((m - 1) * MonthWidth, MonthWidth, EdtfFormatter.MonthName(m)[..3], null, false));
            }
            return axis;
        }
    }

    private sealed record Tick(double X, double Width, string Label, string? Url, bool Gap);
}

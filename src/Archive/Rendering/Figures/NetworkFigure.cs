using System.Xml.Linq;
using Archive.Content;
using Archive.Linking;
using static Archive.Rendering.Figures.Svg;

namespace Archive.Rendering.Figures;

/// <summary>
/// The groups' network drawn at build time: a node per group linked to its page, an edge per <c>member_of</c> tie and
/// typed relation, labelled in words; a tie the sources only report, believe or dispute is dashed and its label says
/// so. The layout (<see cref="NetworkLayout"/>) is layered and deterministic, so the same input gives the same bytes:
/// no line crosses a box and no label covers a box or another label where there is room. Two drawings are made, one
/// for wide screens (rows of up to six) and one for phones (umbrella bodies in a column on the left, members on the
/// right); the theme's style shows one. At most <see cref="MaxNodes"/> groups are drawn, the most connected. The groups
/// index's text alternative lists every tie (a page of them there, the rest at <c>/groups/network/ties/</c>); a group
/// page's lists the ties its drawing shows, and the page's members and relations list the rest.
/// </summary>
public static class NetworkFigure
{
    public const int MaxNodes = 40;

    /// <summary>A tie between two groups as drawn and listed: from, the words, to, and its certainty.</summary>
    public sealed record Tie(Group From, Group To, string Label, Certainty Certainty, bool IsMembership);

    /// <summary>Every tie of the site: <c>member_of</c> and relations, between published groups, in a fixed order.</summary>
    public static IReadOnlyList<Tie> Ties(Site site)
    {
        var ties = new List<Tie>();
        foreach (var g in site.Groups)
        {
            foreach (var m in g.MemberOf)
            {
                if (site.Group(m.Group.Id) is { } parent) ties.Add(new Tie(g, parent, "member of", m.Certainty, true));
            }
            foreach (var r in g.Relations)
            {
                if (site.Group(r.Group.Id) is { } other) ties.Add(new Tie(g, other, Labels.Of(r.Type).ToLowerInvariant(), r.Claim.Certainty, false));
            }
        }
        return ties;
    }

    public static string Words(Tie t) => t.Certainty == Certainty.Confirmed ? t.Label : $"{t.Label} ({Codes.Of(t.Certainty)})";

    /// <summary>The whole network (the groups index), or empty when no group has a tie.</summary>
    public static SafeHtml ForSite(Site site) => Draw(Ties(site), null, "Network of ties between groups");

    /// <summary>A group and the groups tied to it (its page), or empty when it has no tie.</summary>
    public static SafeHtml ForGroup(Site site, Group group)
    {
        var ties = Ties(site).Where(t => t.From.Id == group.Id || t.To.Id == group.Id).ToList();
        return Draw(ties, group.Id, $"Ties of {group.Name}");
    }

    /// <summary>
    /// The ties the group's drawing shows: those of the group with the most connected of the groups tied to it, at most
    /// <see cref="MaxNodes"/> boxes, so its text alternative stays as long as the drawing however many members it has
    /// (the page lists every member and relation besides).
    /// </summary>
    public static IReadOnlyList<Tie> DrawnTies(Site site, Group group) =>
        Drawn(Ties(site).Where(t => t.From.Id == group.Id || t.To.Id == group.Id).ToList(), group.Id).Ties;

    /// <summary>The ties as a list of sentences with links: the network's text alternative.</summary>
    public static SafeHtml TextList(IReadOnlyList<Tie> ties)
    {
        if (ties.Count == 0) return SafeHtml.Empty;
        var list = new XElement("ul", new XAttribute("class", "links ties"),
            ties.Select(t => new XElement("li",
                new XElement("a", new XAttribute("href", Urls.Group(t.From.Id)), t.From.Name),
                " ", new XElement("span", new XAttribute("class", "label"), Words(t)), " ",
                new XElement("a", new XAttribute("href", Urls.Group(t.To.Id)), t.To.Name))));
        return new SafeHtml(list.ToString(SaveOptions.DisableFormatting)) { Links = Svg.LinksOf(list) };
    }

    private static SafeHtml Draw(IReadOnlyList<Tie> allTies, string? focus, string title)
    {
        if (allTies.Count == 0) return SafeHtml.Empty;
        var (groups, index, ties) = Drawn(allTies, focus);
        // One drawing for wide screens and one for phones, where six columns would shrink the text past reading;
        // the page's style shows one of them.
        return Svg.Concat(DrawOne(groups, index, ties, focus, title, Wide), DrawOne(groups, index, ties, focus, title, Narrow));
    }

    /// <summary>The groups drawn (the focus first, then the most connected) with their places, and the ties between them.</summary>
    private static (List<Group> Groups, Dictionary<string, int> Index, List<Tie> Ties) Drawn(IReadOnlyList<Tie> allTies, string? focus)
    {
        var degree = allTies.SelectMany(t => new[] { t.From, t.To }).GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var groups = allTies.SelectMany(t => new[] { t.From, t.To }).DistinctBy(g => g.Id)
            .OrderByDescending(g => g.Id == focus).ThenByDescending(g => degree[g.Id]).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(MaxNodes).ToList();
        var index = groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ties = allTies.Where(t => index.ContainsKey(t.From.Id) && index.ContainsKey(t.To.Id) && t.From.Id != t.To.Id).ToList();
        return (groups, index, ties);
    }

    /// <param name="Transposed">Layers side by side, each a column of boxes (see <see cref="NetworkLayout.Compute"/>).</param>
    private sealed record Variant(string Name, int Columns, NetworkLayout.Metrics Metrics, bool Transposed, int WrapAt, int MaxLines, double LabelFont, double MaxLabelWidth);

    private static readonly Variant Wide = new("wide", 6, new NetworkLayout.Metrics(150, 54, 34, 66, 56, 16, 40), false, 22, 3, 10, 200);

    // On a phone the umbrella bodies stand in a column on the left, their members in a column to the right, at
    // about 370 units wide, so the text keeps nearly its size.
    private static readonly Variant Narrow = new("narrow", 1, new NetworkLayout.Metrics(102, 52, 12, 116, 30, 6, 14, DipIntoLayers: true), true, 14, 3, 9, 84);

    private const double LegendHeight = 40;

    private static SafeHtml DrawOne(IReadOnlyList<Group> groups, IReadOnlyDictionary<string, int> index, IReadOnlyList<Tie> ties, string? focus, string title, Variant variant)
    {
        var labelLines = ties.Select(t => LabelLines(Words(t), variant)).ToList();
        var edges = ties.Select((t, e) => new NetworkLayout.Edge(index[t.From.Id], index[t.To.Id], t.IsMembership,
            labelLines[e].Max(l => TextWidth(l, variant.LabelFont)), labelLines[e].Count * (variant.LabelFont + 3) + 3,
            !t.IsMembership || t.Certainty != Certainty.Confirmed, Words(t))).ToList();
        var layout = NetworkLayout.Compute(groups.Count, edges, variant.Columns, variant.Metrics, variant.Transposed);
        var suffix = "-" + variant.Name + (focus is null ? "" : "-" + focus);
        var (width, height) = (Math.Max(layout.Width, 330), layout.Height + LegendHeight);
        var svg = El("svg", At("xmlns", Ns.NamespaceName), At("viewBox", $"0 0 {Num(width)} {Num(height)}"), At("width", width), At("height", height),
            At("class", $"network-figure network-{variant.Name}"), At("role", "group"), At("aria-label", title));
        svg.Add(El("defs", Colours.Select(c => El("marker", At("id", $"arrow-{c.Key}{suffix}"), At("viewBox", "0 0 10 10"), At("refX", 9), At("refY", 5),
            At("markerWidth", 7), At("markerHeight", 7), At("orient", "auto-start-reverse"), El("path", At("d", "M 0 0 L 10 5 L 0 10 z"), At("fill", c.Value))))));

        for (var e = 0; e < ties.Count; e++)
        {
            var t = ties[e];
            var kind = ColourKey(t);
            svg.Add(El("g", At("class", "tie" + (t.Certainty != Certainty.Confirmed ? " uncertain" : "")),
                El("title", $"{t.From.Name} {Words(t)} {t.To.Name}"),
                El("path", At("d", PathOf(layout.Routes[e])), At("fill", "none"), At("stroke", Colours[kind]), At("stroke-width", 1.5),
                    t.Certainty != Certainty.Confirmed ? At("stroke-dasharray", "6 4") : null, At("marker-end", $"url(#arrow-{kind}{suffix})"))));
        }
        // Labels over every line, boxes over everything: a label or a box is never hidden by a line.
        var drawn = new HashSet<NetworkLayout.Box>();
        for (var e = 0; e < ties.Count; e++)
        {
            var (box, colour) = (layout.Labels[e], Colours[ColourKey(ties[e])]);
            if (!drawn.Add(box)) continue;
            svg.Add(El("g", At("class", "tie-label"), At("aria-hidden", "true"),
                El("rect", At("x", box.X), At("y", box.Y), At("width", box.Width), At("height", box.Height), At("rx", 3), At("fill", "#fdfcf9"),
                    At("stroke", colour), At("stroke-width", 0.6), At("stroke-opacity", 0.5)),
                El("text", At("text-anchor", "middle"), At("font-size", variant.LabelFont), At("fill", colour),
                    labelLines[e].Select((line, k) => El("tspan", At("x", box.CentreX), At("y", box.Y + 3 + (k + 1) * (variant.LabelFont + 3) - 2.5), line)))));
        }
        for (var i = 0; i < groups.Count; i++)
        {
            var (g, box) = (groups[i], layout.Nodes[i]);
            var lines = Wrap(g.Name, variant.WrapAt, variant.MaxLines);
            var isFocus = g.Id == focus;
            var node = Link(Urls.Group(g.Id), $"{g.Name} ({Labels.Of(g.Kind).ToLowerInvariant()})",
                El("rect", At("class", "mark"), At("x", box.X), At("y", box.Y), At("width", box.Width), At("height", box.Height), At("rx", 6),
                    At("fill", isFocus ? "#7a2e1f" : "#fff"), At("stroke", g.Kind is GroupKind.Coalition ? "#1d1d1f" : "#8b8b93"), At("stroke-width", g.Kind is GroupKind.Coalition ? 2 : 1)),
                lines.Select((line, k) => El("text", At("x", box.CentreX), At("y", box.Y + box.Height / 2 + 4 + (k - (lines.Count - 1) / 2.0) * 13),
                    At("text-anchor", "middle"), At("font-size", 11), At("fill", isFocus ? "#fff" : "#1d1d1f"), line)));
            svg.Add(El("g", At("id", Urls.NetworkNodeAnchor(g.Id) + suffix), node));
        }

        // The legend, on two lines where the drawing is narrow.
        var twoLines = width < 450;
        var legendY = height - (twoLines ? 22 : 9);
        var x = variant.Metrics.Margin;
        svg.Add(El("line", At("x1", x), At("x2", x + 24), At("y1", legendY - 4), At("y2", legendY - 4), At("stroke", "#1d1d1f"), At("stroke-width", 1.5)));
        svg.Add(El("text", At("x", x + 30), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "stated"));
        svg.Add(El("line", At("x1", x + 72), At("x2", x + 96), At("y1", legendY - 4), At("y2", legendY - 4), At("stroke", "#1d1d1f"), At("stroke-width", 1.5), At("stroke-dasharray", "6 4")));
        svg.Add(El("text", At("x", x + 102), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "reported, believed or disputed"));
        svg.Add(El("text", At("x", twoLines ? x : x + 258), At("y", twoLines ? legendY + 14 : legendY), At("font-size", 10), At("fill", "#5b5b63"),
            (twoLines ? "" : "· ") + "arrows point to the coalition or the other group"));
        return ToHtml(svg);
    }

    private static readonly IReadOnlyDictionary<string, string> Colours = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["member"] = "#3a3a40", ["rival"] = "#7a2e1f", ["tie"] = "#2f5f8a",
    };

    private static string ColourKey(Tie t) => t.IsMembership ? "member" : t.Label.StartsWith("rival", StringComparison.Ordinal) ? "rival" : "tie";

    /// <summary>About the width of a label in the drawing's sans-serif, with its padding.</summary>
    private static double TextWidth(string words, double font) => Math.Round(words.Length * font * 0.56 + 8);

    /// <summary>A label on one line, or on two where it would be wider than the variant allows ("member of / (believed)").</summary>
    private static IReadOnlyList<string> LabelLines(string words, Variant variant)
    {
        if (TextWidth(words, variant.LabelFont) <= variant.MaxLabelWidth) return [words];
        var middle = words.Length / 2;
        var breaks = Enumerable.Range(1, words.Length - 2).Where(i => words[i] == ' ').ToList();
        if (breaks.Count == 0) return [words];
        var at = breaks.MinBy(i => Math.Abs(i - middle));
        return [words[..at], words[(at + 1)..]];
    }

    /// <summary>The line through the points, with its corners rounded.</summary>
    private static string PathOf(IReadOnlyList<NetworkLayout.Point> points)
    {
        var d = new System.Text.StringBuilder($"M {Num(points[0].X)} {Num(points[0].Y)}");
        for (var i = 1; i < points.Count - 1; i++)
        {
            var (a, p, b) = (points[i - 1], points[i], points[i + 1]);
            var r = Math.Min(6, Math.Min(Distance(a, p), Distance(p, b)) / 2);
            var (inX, inY) = Toward(p, a, r);
            var (outX, outY) = Toward(p, b, r);
            d.Append($" L {Num(inX)} {Num(inY)} Q {Num(p.X)} {Num(p.Y)} {Num(outX)} {Num(outY)}");
        }
        d.Append($" L {Num(points[^1].X)} {Num(points[^1].Y)}");
        return d.ToString();
    }

    private static double Distance(NetworkLayout.Point a, NetworkLayout.Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static (double X, double Y) Toward(NetworkLayout.Point from, NetworkLayout.Point to, double by)
    {
        var length = Distance(from, to);
        return length < 1e-9 ? (from.X, from.Y) : (from.X + (to.X - from.X) / length * by, from.Y + (to.Y - from.Y) / length * by);
    }

    /// <summary>Breaks a name into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters, the last shortened with "…".</summary>
    private static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width) lines.Add("");
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = (kept[^1].Length > width - 1 ? kept[^1][..(width - 1)] : kept[^1]).TrimEnd() + "…";
        return kept;
    }
}

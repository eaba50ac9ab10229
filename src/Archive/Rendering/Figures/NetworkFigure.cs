using System.Xml.Linq;
using Archive.Content;
using Archive.Linking;
using static Archive.Rendering.Figures.Svg;

namespace Archive.Rendering.Figures;

/// <summary>
/// The groups' network drawn at build time: a node per group linked to its page, an edge per <c>member_of</c> tie and
/// typed relation, labelled in words; a tie the sources only report, believe or dispute is dashed and its label says
/// so. The layout is layered and deterministic (umbrella bodies above their members, each layer ordered by its
/// neighbours, ties broken by name), so the same input gives the same bytes. At most <see cref="MaxNodes"/> groups are
/// drawn, the most connected; the text alternative lists every tie.
/// </summary>
public static class NetworkFigure
{
    public const int MaxNodes = 40;
    private const int MaxPerRow = 6;
    private const double NodeWidth = 150, NodeHeight = 44, ColumnGap = 26, LayerGap = 96, Margin = 16;

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

    /// <summary>The ties as a list of sentences with links: the network's text alternative.</summary>
    public static SafeHtml TextList(IReadOnlyList<Tie> ties)
    {
        if (ties.Count == 0) return SafeHtml.Empty;
        var list = new XElement("ul", new XAttribute("class", "links ties"),
            ties.Select(t => new XElement("li",
                new XElement("a", new XAttribute("href", Urls.Group(t.From.Id)), t.From.Name),
                " ", new XElement("span", new XAttribute("class", "label"), Words(t)), " ",
                new XElement("a", new XAttribute("href", Urls.Group(t.To.Id)), t.To.Name))));
        return new SafeHtml(list.ToString(SaveOptions.DisableFormatting));
    }

    private static SafeHtml Draw(IReadOnlyList<Tie> allTies, string? focus, string title)
    {
        if (allTies.Count == 0) return SafeHtml.Empty;
        var degree = allTies.SelectMany(t => new[] { t.From, t.To }).GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var groups = allTies.SelectMany(t => new[] { t.From, t.To }).DistinctBy(g => g.Id)
            .OrderByDescending(g => g.Id == focus).ThenByDescending(g => degree[g.Id]).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(MaxNodes).ToList();
        var shown = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var ties = allTies.Where(t => shown.Contains(t.From.Id) && shown.Contains(t.To.Id)).ToList();

        // Layers: an umbrella body sits above its members (member_of has no cycles); other groups join the top layer.
        var parents = ties.Where(t => t.IsMembership).ToLookup(t => t.From.Id, t => t.To.Id, StringComparer.Ordinal);
        var layerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int Layer(string id, int depth)
        {
            if (layerOf.TryGetValue(id, out var known)) return known;
            var l = depth > MaxNodes ? 0 : parents[id].Select(p => Layer(p, depth + 1) + 1).DefaultIfEmpty(0).Max();
            layerOf[id] = l;
            return l;
        }
        foreach (var g in groups) Layer(g.Id, 0);

        // Order each layer by the mean position of its neighbours in the layer above (one sweep), then by name.
        var neighbours = ties.SelectMany(t => new[] { (t.From.Id, t.To.Id), (t.To.Id, t.From.Id) }).ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var layers = groups.GroupBy(g => layerOf[g.Id]).OrderBy(l => l.Key).ToList();
        // A wide layer is split into rows of at most MaxPerRow, so the drawing stays readable at its own size.
        var columns = Math.Min(MaxPerRow, layers.Max(l => l.Count()));
        var row = 0;
        foreach (var layer in layers)
        {
            var ordered = layer.OrderBy(g => neighbours[g.Id].Where(position.ContainsKey).Select(n => position[n]).DefaultIfEmpty(double.MaxValue).Average())
                .ThenByDescending(g => degree[g.Id]).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
            foreach (var chunk in ordered.Chunk(MaxPerRow))
            {
                var offset = (columns - chunk.Length) / 2.0;
                for (var i = 0; i < chunk.Length; i++)
                {
                    position[chunk[i].Id] = offset + i;
                    rowOf[chunk[i].Id] = row;
                }
                row++;
            }
        }

        double X(string id) => Margin + position[id] * (NodeWidth + ColumnGap);
        double Y(string id) => Margin + 14 + rowOf[id] * (NodeHeight + LayerGap);
        var width = Margin * 2 + columns * NodeWidth + (columns - 1) * ColumnGap;
        var height = Margin * 2 + 14 + row * NodeHeight + (row - 1) * LayerGap + 22;
        var svg = El("svg", At("xmlns", Ns.NamespaceName), At("viewBox", $"0 0 {Num(width)} {Num(height)}"), At("width", width), At("height", height),
            At("class", "network-figure"), At("role", "group"), At("aria-label", title));
        svg.Add(El("defs", El("marker", At("id", "arrow" + (focus is null ? "" : "-" + focus)), At("viewBox", "0 0 10 10"), At("refX", 9), At("refY", 5),
            At("markerWidth", 7), At("markerHeight", 7), At("orient", "auto-start-reverse"), El("path", At("d", "M 0 0 L 10 5 L 0 10 z"), At("fill", "#5b5b63")))));

        foreach (var t in ties)
        {
            var (x1, y1) = (X(t.From.Id) + NodeWidth / 2, Y(t.From.Id) + NodeHeight / 2);
            var (x2, y2) = (X(t.To.Id) + NodeWidth / 2, Y(t.To.Id) + NodeHeight / 2);
            // Stop at the node's edge, so the arrow head shows; bend ties within a layer so they do not run through nodes.
            var (sx, sy) = Edge(x1, y1, x2, y2);
            var (ex, ey) = Edge(x2, y2, x1, y1);
            var sameLayer = Math.Abs(y1 - y2) < 1;
            var bend = sameLayer ? -(NodeHeight / 2 + 24 + Math.Abs(x2 - x1) * 0.08) : 0;
            var (cx, cy) = ((sx + ex) / 2, (sy + ey) / 2 + bend);
            if (sameLayer) { sy = y1 - NodeHeight / 2; ey = y2 - NodeHeight / 2; }
            var uncertain = t.Certainty != Certainty.Confirmed;
            var colour = t.IsMembership ? "#1d1d1f" : t.Label.StartsWith("rival", StringComparison.Ordinal) ? "#7a2e1f" : "#2f5f8a";
            var words = Words(t);
            svg.Add(El("g", At("class", "tie" + (uncertain ? " uncertain" : "")),
                El("title", $"{t.From.Name} {words} {t.To.Name}"),
                El("path", At("d", $"M {Num(sx)} {Num(sy)} Q {Num(cx)} {Num(cy)} {Num(ex)} {Num(ey)}"), At("fill", "none"), At("stroke", colour), At("stroke-width", 1.6),
                    uncertain ? At("stroke-dasharray", "6 4") : null, At("marker-end", $"url(#arrow{(focus is null ? "" : "-" + focus)})")),
                El("text", At("x", (sx + 2 * cx + ex) / 4), At("y", (sy + 2 * cy + ey) / 4 - 3), At("text-anchor", "middle"), At("font-size", 10), At("fill", colour),
                    At("paint-order", "stroke"), At("stroke", "#fdfcf9"), At("stroke-width", 4), words)));
        }

        foreach (var g in groups)
        {
            var lines = Wrap(g.Name, 22, 2);
            var isFocus = g.Id == focus;
            var node = Link(Urls.Group(g.Id), $"{g.Name} ({Labels.Of(g.Kind).ToLowerInvariant()})",
                El("rect", At("class", "mark"), At("x", X(g.Id)), At("y", Y(g.Id)), At("width", NodeWidth), At("height", NodeHeight), At("rx", 6),
                    At("fill", isFocus ? "#7a2e1f" : "#fff"), At("stroke", g.Kind is GroupKind.Coalition ? "#1d1d1f" : "#8b8b93"), At("stroke-width", g.Kind is GroupKind.Coalition ? 2 : 1)),
                lines.Select((line, i) => El("text", At("x", X(g.Id) + NodeWidth / 2), At("y", Y(g.Id) + NodeHeight / 2 + 4 + (i - (lines.Count - 1) / 2.0) * 13),
                    At("text-anchor", "middle"), At("font-size", 11), At("fill", isFocus ? "#fff" : "#1d1d1f"), line)));
            svg.Add(El("g", At("id", Urls.NetworkNodeAnchor(g.Id) + (focus is null ? "" : "-in-" + focus)), node));
        }

        var legendY = height - 8;
        svg.Add(El("line", At("x1", Margin), At("x2", Margin + 28), At("y1", legendY - 4), At("y2", legendY - 4), At("stroke", "#1d1d1f"), At("stroke-width", 1.6)));
        svg.Add(El("text", At("x", Margin + 34), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "a tie the sources state"));
        svg.Add(El("line", At("x1", Margin + 170), At("x2", Margin + 198), At("y1", legendY - 4), At("y2", legendY - 4), At("stroke", "#1d1d1f"), At("stroke-width", 1.6), At("stroke-dasharray", "6 4")));
        svg.Add(El("text", At("x", Margin + 204), At("y", legendY), At("font-size", 10), At("fill", "#5b5b63"), "reported, believed or disputed (said in the label)"));
        return ToHtml(svg);
    }

    private static (double X, double Y) Edge(double x, double y, double towardX, double towardY)
    {
        var dx = towardX - x;
        var dy = towardY - y;
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9) return (x, y);
        var scale = Math.Min(dx == 0 ? double.MaxValue : (NodeWidth / 2) / Math.Abs(dx), dy == 0 ? double.MaxValue : (NodeHeight / 2) / Math.Abs(dy));
        return (x + dx * scale, y + dy * scale);
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

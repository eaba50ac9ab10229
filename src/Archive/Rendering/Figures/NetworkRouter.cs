using static Archive.Rendering.Figures.NetworkLayout;

namespace Archive.Rendering.Figures;

/// <summary>
/// Draws each tie's line on the grid without crossing a box: straight between neighbouring rows (top side of the lower
/// box to the bottom side of the upper), dipping into the gap below for two boxes of one row, and through the
/// nearest channel between columns for rows further apart. Lines meeting one side of a box attach at points spread in
/// the order of where they come from, and lines sharing a gap or a channel run in lanes of their own.
/// </summary>
internal sealed class NetworkRouter(NetworkGrid grid, IReadOnlyList<Box> nodes, IReadOnlyList<Edge> edges, Metrics m, IReadOnlyList<double> partLeft,
    IReadOnlyDictionary<(int Part, int Row), double> rowTop, IReadOnlyDictionary<(int Part, int Row), double> gaps)
{
    private const double LaneStep = 11, ChannelStep = 5, Corner = 6;

    private enum Kind { SameRow, Adjacent, Channel }

    /// <param name="DipUp">A line within the last row of a part dips into the gap above it, among the part's other lines, not below the drawing.</param>
    private sealed record Plan(int Edge, Kind Kind, int Lower, int Upper, double ChannelX, bool DipUp = false);

    /// <summary>A stretch of line in a gap (horizontal) or a channel (vertical), waiting for its lane.</summary>
    private sealed record Stretch(int Edge, (int Part, int Index, bool Vertical) Space, double From, double To);

    public IReadOnlyList<IReadOnlyList<Point>> Route()
    {
        var plans = edges.Select(PlanFor).ToList();

        // Attachment points: each side's lines in the order of where they go.
        var sides = new Dictionary<(int Node, bool Top), List<(int Edge, double Toward)>>();
        void Attach(int node, bool top, int edge, double toward)
        {
            if (!sides.TryGetValue((node, top), out var list)) sides[(node, top)] = list = [];
            list.Add((edge, toward));
        }
        foreach (var p in plans)
        {
            switch (p.Kind)
            {
                case Kind.SameRow:
                    Attach(p.Lower, p.DipUp, p.Edge, nodes[p.Upper].CentreX);
                    Attach(p.Upper, p.DipUp, p.Edge, nodes[p.Lower].CentreX);
                    break;
                case Kind.Adjacent:
                    Attach(p.Lower, true, p.Edge, nodes[p.Upper].CentreX);
                    Attach(p.Upper, false, p.Edge, nodes[p.Lower].CentreX);
                    break;
                default:
                    Attach(p.Lower, true, p.Edge, p.ChannelX);
                    Attach(p.Upper, false, p.Edge, p.ChannelX);
                    break;
            }
        }
        var port = new Dictionary<(int Node, int Edge), Point>();
        foreach (var ((node, top), list) in sides)
        {
            var ordered = list.OrderBy(x => x.Toward).ThenBy(x => x.Edge).ToList();
            var box = nodes[node];
            for (var i = 0; i < ordered.Count; i++)
            {
                port[(node, ordered[i].Edge)] = new Point(Spread(box.X, box.Width, i, ordered.Count), top ? box.Y : box.Bottom);
            }
        }

        // Stretches that share a gap or a channel get lanes, so no two lines run on top of each other.
        var stretches = new List<Stretch>();
        foreach (var p in plans)
        {
            var (lower, upper) = (port[(p.Lower, p.Edge)], port[(p.Upper, p.Edge)]);
            var part = grid.PartOf[p.Lower];
            var (lowRow, upRow) = (grid.Cells[p.Lower].Row, grid.Cells[p.Upper].Row);
            if (p.Kind == Kind.SameRow) stretches.Add(new Stretch(p.Edge, (part, p.DipUp ? lowRow - 1 : lowRow, false), lower.X, upper.X));
            if (p.Kind != Kind.Channel) continue;
            stretches.Add(new Stretch(p.Edge, (part, lowRow - 1, false), lower.X, p.ChannelX));
            stretches.Add(new Stretch(p.Edge, (part, upRow, false), p.ChannelX, upper.X));
            stretches.Add(new Stretch(p.Edge, (part, (int)Math.Round(p.ChannelX), true), nodes[p.Upper].Bottom, nodes[p.Lower].Y));
        }
        var lane = Lanes(stretches);

        return plans.Select(p =>
        {
            var (lower, upper) = (port[(p.Lower, p.Edge)], port[(p.Upper, p.Edge)]);
            var part = grid.PartOf[p.Lower];
            var (lowRow, upRow) = (grid.Cells[p.Lower].Row, grid.Cells[p.Upper].Row);
            double GapY(int row, int e) => rowTop[(part, row)] + m.NodeHeight + gaps[(part, row)] / 2
                + Math.Clamp(lane[(e, (part, row, false))], -(gaps[(part, row)] / 2 - 6), gaps[(part, row)] / 2 - 6);
            List<Point> points = p.Kind switch
            {
                Kind.Adjacent => [lower, upper],
                Kind.SameRow => [lower, new Point(lower.X, GapY(p.DipUp ? lowRow - 1 : lowRow, p.Edge)), new Point(upper.X, GapY(p.DipUp ? lowRow - 1 : lowRow, p.Edge)), upper],
                _ => Channelled(p, lower, upper, GapY(lowRow - 1, p.Edge), GapY(upRow, p.Edge),
                    p.ChannelX + lane[(p.Edge, (part, (int)Math.Round(p.ChannelX), true))] / LaneStep * ChannelStep),
            };
            // Points run from the tie's From to its To, where the arrow is.
            if (edges[p.Edge].From != p.Lower) points.Reverse();
            return (IReadOnlyList<Point>)points;
        }).ToList();
    }

    private static List<Point> Channelled(Plan p, Point lower, Point upper, double aboveLower, double belowUpper, double x) =>
        [lower, new Point(lower.X, aboveLower), new Point(x, aboveLower), new Point(x, belowUpper), new Point(upper.X, belowUpper), upper];

    private Plan PlanFor(Edge e, int index)
    {
        var (a, b) = (grid.Cells[e.From], grid.Cells[e.To]);
        if (a.Row == b.Row)
        {
            var rows = grid.Parts[grid.PartOf[e.From]].Rows;
            return new Plan(index, Kind.SameRow, a.Col <= b.Col ? e.From : e.To, a.Col <= b.Col ? e.To : e.From, 0, m.DipIntoLayers && rows > 1 && a.Row == rows - 1);
        }
        var (lower, upper) = a.Row > b.Row ? (e.From, e.To) : (e.To, e.From);
        if (Math.Abs(a.Row - b.Row) == 1) return new Plan(index, Kind.Adjacent, lower, upper, 0);
        // Through the channel beside the lower box, on the side of the upper one.
        var (low, up) = (grid.Cells[lower], grid.Cells[upper]);
        var boundary = up.Col < low.Col ? low.Col : low.Col + 1;
        var x = partLeft[grid.PartOf[lower]] + boundary * (m.NodeWidth + m.ColumnGap) - m.ColumnGap / 2;
        return new Plan(index, Kind.Channel, lower, upper, x);
    }

    /// <summary>Each stretch's offset from the middle of its gap or channel (in gap units): overlapping stretches take different lanes.</summary>
    private static Dictionary<(int Edge, (int, int, bool) Space), double> Lanes(List<Stretch> stretches)
    {
        var offsets = new Dictionary<(int, (int, int, bool)), double>();
        foreach (var space in stretches.GroupBy(s => s.Space))
        {
            var ends = new List<double>();
            var taken = new List<(Stretch S, int Lane)>();
            foreach (var s in space.OrderBy(s => Math.Min(s.From, s.To)).ThenBy(s => Math.Max(s.From, s.To)).ThenBy(s => s.Edge))
            {
                var (lo, hi) = (Math.Min(s.From, s.To), Math.Max(s.From, s.To));
                var l = ends.FindIndex(end => end + Corner * 2 < lo);
                if (l < 0)
                {
                    l = ends.Count;
                    ends.Add(hi);
                }
                else ends[l] = hi;
                taken.Add((s, l));
            }
            foreach (var (s, l) in taken) offsets[(s.Edge, s.Space)] = (l - (ends.Count - 1) / 2.0) * LaneStep;
        }
        return offsets;
    }
}

namespace Archive.Rendering.Figures;

/// <summary>
/// Where the network's boxes, lines and labels go: a layered drawing on a grid, computed from the ties alone, so the
/// same ties give the same drawing. Each connected part is laid out on its own (umbrella bodies above their members,
/// each layer ordered by its neighbours to avoid crossings), and the parts are packed in shelves no wider than the
/// grid. A line between neighbouring rows runs straight through the gap between them; a line within a row dips into
/// the gap below it; a longer one runs through the channels between the columns, so no line crosses a box. Labels sit
/// on their lines, at the first free spot from the middle outwards, never over a box or another label.
/// </summary>
internal sealed class NetworkLayout
{
    /// <summary>Sizes of the grid, in SVG units.</summary>
    /// <param name="EndGap">Room after a part's last row, for the lines that dip under it.</param>
    /// <param name="DipIntoLayers">A line within a part's last row dips into the gap before it, among the part's other lines,
    /// so the end gap can stay small (where it is the width of a phone's screen).</param>
    public sealed record Metrics(double NodeWidth, double NodeHeight, double ColumnGap, double RowGap, double ComponentGap, double Margin, double EndGap,
        bool DipIntoLayers = false);

    /// <summary>A line from node <paramref name="From"/> to node <paramref name="To"/>.</summary>
    /// <param name="Rank">The line makes <paramref name="To"/> sit above <paramref name="From"/> (membership of an umbrella body).</param>
    /// <param name="LabelWidth">The width its label needs.</param>
    /// <param name="LabelHeight">The height its label needs (one line or two).</param>
    /// <param name="LabelFirst">Labels that go first get the best spots (the rarer typed relations).</param>
    /// <param name="Label">The label's words: lines with the same words into the same box share one label there.</param>
    public sealed record Edge(int From, int To, bool Rank, double LabelWidth, double LabelHeight, bool LabelFirst, string Label);

    public readonly record struct Point(double X, double Y);

    public readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;
        public double Bottom => Y + Height;
        public double CentreX => X + Width / 2;

        public Box Inflate(double by) => new(X - by, Y - by, Width + 2 * by, Height + 2 * by);

        public double Overlap(Box o) => Math.Max(0, Math.Min(Right, o.Right) - Math.Max(X, o.X)) * Math.Max(0, Math.Min(Bottom, o.Bottom) - Math.Max(Y, o.Y));
    }

    private const double CornerSpread = 0.7;

    private NetworkLayout(IReadOnlyList<Box> nodes, IReadOnlyList<IReadOnlyList<Point>> routes, IReadOnlyList<Box> labels, double width, double height)
    {
        Nodes = nodes;
        Routes = routes;
        Labels = labels;
        Width = width;
        Height = height;
    }

    /// <summary>Each node's box, by node index.</summary>
    public IReadOnlyList<Box> Nodes { get; }

    /// <summary>Each edge's line as points from its <c>From</c> node to its <c>To</c> node, by edge index.</summary>
    public IReadOnlyList<IReadOnlyList<Point>> Routes { get; }

    /// <summary>Each edge's label box (its text is centred in it), by edge index.</summary>
    public IReadOnlyList<Box> Labels { get; }

    public double Width { get; }

    public double Height { get; }

    /// <param name="nodeCount">Nodes are numbered from 0, most important first (that order breaks every tie).</param>
    /// <param name="maxColumns">How many boxes a row may hold.</param>
    /// <param name="transposed">
    /// Layers as columns, left to right, instead of rows (for a narrow screen: the boxes of a layer stack downwards
    /// without bound, and the metrics are read with width and height exchanged).
    /// </param>
    public static NetworkLayout Compute(int nodeCount, IReadOnlyList<Edge> edges, int maxColumns, Metrics m, bool transposed = false)
    {
        var grid = NetworkGrid.Place(nodeCount, edges, transposed ? nodeCount : maxColumns);
        if (transposed) m = m with { NodeWidth = m.NodeHeight, NodeHeight = m.NodeWidth };

        // A gap holding many labels gets taller, so they can sit apart.
        var demand = new Dictionary<(int Part, int Row), double>();
        foreach (var e in edges.Where(e => e.From != e.To).DistinctBy(e => (e.To, e.Label, grid.Cells[e.From].Row)))
        {
            var (a, b) = (grid.Cells[e.From], grid.Cells[e.To]);
            var rows = grid.Parts[grid.PartOf[e.From]].Rows;
            var dipsUp = m.DipIntoLayers && rows > 1 && a.Row == rows - 1;
            var key = (grid.PartOf[e.From], a.Row == b.Row && !dipsUp ? a.Row : Math.Max(a.Row, b.Row) - 1);
            demand[key] = demand.GetValueOrDefault(key) + e.LabelWidth;
        }
        double Gap(int part, int row)
        {
            if (transposed) return m.RowGap;
            var columns = grid.Parts[part].Columns;
            var lines = Math.Ceiling(1.6 * demand.GetValueOrDefault((part, row)) / (columns * m.NodeWidth + (columns - 1) * m.ColumnGap));
            return Math.Max(m.RowGap, 28 + 17 * lines);
        }

        // Pack the parts in shelves, left to right, largest first.
        var nodes = new Box[nodeCount];
        var rowTop = new Dictionary<(int Part, int Row), double>();
        var gaps = new Dictionary<(int Part, int Row), double>();
        var partLeft = new double[grid.Parts.Count];
        double shelfY = m.Margin, x = m.Margin, shelfHeight = 0, width = 0;
        var usedColumns = 0;
        var shelfColumns = transposed ? int.MaxValue : maxColumns;
        for (var p = 0; p < grid.Parts.Count; p++)
        {
            var part = grid.Parts[p];
            if (usedColumns > 0 && usedColumns + part.Columns > shelfColumns)
            {
                shelfY += shelfHeight + m.RowGap * 0.4;
                (x, usedColumns, shelfHeight) = (m.Margin, 0, 0);
            }
            partLeft[p] = x;
            var y = shelfY;
            for (var r = 0; r < part.Rows; r++)
            {
                rowTop[(p, r)] = y;
                gaps[(p, r)] = r + 1 < part.Rows ? Gap(p, r) : m.EndGap;
                y += m.NodeHeight + gaps[(p, r)];
            }
            foreach (var n in part.Nodes)
            {
                var (row, col) = grid.Cells[n];
                nodes[n] = new Box(x + col * (m.NodeWidth + m.ColumnGap), rowTop[(p, row)], m.NodeWidth, m.NodeHeight);
            }
            var partWidth = part.Columns * m.NodeWidth + (part.Columns - 1) * m.ColumnGap;
            width = Math.Max(width, x + partWidth + m.ColumnGap / 2 + m.Margin);
            x += partWidth + m.ComponentGap;
            usedColumns += part.Columns;
            shelfHeight = Math.Max(shelfHeight, y - shelfY);
        }
        var height = shelfY + shelfHeight + m.Margin;

        var routes = new NetworkRouter(grid, nodes, edges, m, partLeft, rowTop, gaps).Route();
        if (transposed)
        {
            nodes = nodes.Select(b => new Box(b.Y, b.X, b.Height, b.Width)).ToArray();
            routes = routes.Select(r => (IReadOnlyList<Point>)r.Select(pt => new Point(pt.Y, pt.X)).ToList()).ToList();
            (width, height) = (height, width);
        }
        var labels = PlaceLabels(nodes, routes, edges);
        return new NetworkLayout(nodes, routes, labels, width, height);
    }

    private static Box[] PlaceLabels(IReadOnlyList<Box> nodes, IReadOnlyList<IReadOnlyList<Point>> routes, IReadOnlyList<Edge> edges)
    {
        var labels = new Box[edges.Count];
        var placed = new List<Box>();
        // The arrow heads are obstacles too: a label must not hide which way a tie points.
        var heads = routes.Where(r => r.Count > 1).Select(r => new Box(r[^1].X - 6, r[^1].Y - 6, 12, 12)).ToList();
        double Cost(Box box) => nodes.Sum(n => n.Inflate(3).Overlap(box)) * 4 + placed.Sum(l => l.Inflate(2).Overlap(box)) + heads.Sum(h => h.Overlap(box)) * 2;
        Box Best(IEnumerable<Point> candidates, double w, double h)
        {
            Box? best = null;
            var bestCost = double.MaxValue;
            foreach (var at in candidates)
            {
                var box = new Box(at.X - w / 2, at.Y - h / 2, w, h);
                var cost = Cost(box);
                if (cost >= bestCost) continue;
                (best, bestCost) = (box, cost);
                if (cost == 0) break;
            }
            return best!.Value;
        }

        // Lines with the same words converging on one box share a label near it ("member of" once under a
        // coalition, not once per member); the other lines get their own, from the middle outwards.
        var shared = Enumerable.Range(0, edges.Count).Where(e => edges[e].From != edges[e].To)
            .GroupBy(e => (edges[e].To, edges[e].Label)).Where(g => g.Count() > 1).OrderBy(g => g.Min()).ToList();
        foreach (var group in shared)
        {
            var members = group.ToList();
            var (w, h) = (edges[members[0]].LabelWidth, edges[members[0]].LabelHeight);
            // Clear of the arrow heads: the label's half extent along the lines, beyond the heads.
            var across = members.Average(e => Math.Abs(routes[e][^1].X - routes[e][^2].X) - Math.Abs(routes[e][^1].Y - routes[e][^2].Y)) > 0;
            var half = across ? w / 2 : h / 2;
            var box = Best(new[] { 16.0, 24, 32, 42, 54, 68 }.Select(d => Mean(members.Select(e => FromEnd(routes[e], d + half)))), w, h);
            foreach (var e in members) labels[e] = box;
            placed.Add(box);
        }
        var grouped = shared.SelectMany(g => g).ToHashSet();
        foreach (var e in Enumerable.Range(0, edges.Count).Where(e => !grouped.Contains(e)).OrderByDescending(e => edges[e].LabelFirst).ThenBy(e => e))
        {
            labels[e] = Best(Candidates(routes[e]), edges[e].LabelWidth, edges[e].LabelHeight);
            placed.Add(labels[e]);
        }
        return labels;
    }

    private static Point Mean(IEnumerable<Point> points)
    {
        var list = points.ToList();
        return new Point(list.Average(p => p.X), list.Average(p => p.Y));
    }

    /// <summary>The point <paramref name="distance"/> back along the line from its end.</summary>
    private static Point FromEnd(IReadOnlyList<Point> route, double distance)
    {
        for (var i = route.Count - 1; i > 0; i--)
        {
            var (a, b) = (route[i], route[i - 1]);
            var length = Length(a, b);
            if (length >= distance && length > 0) return new Point(a.X + (b.X - a.X) * distance / length, a.Y + (b.Y - a.Y) * distance / length);
            distance -= length;
        }
        return route[0];
    }

    /// <summary>Points on a line where its label may sit: each segment's middle first, then further out.</summary>
    private static IEnumerable<Point> Candidates(IReadOnlyList<Point> route)
    {
        // The longest segments first: a label is easiest to read on a long stretch of its line.
        var segments = Enumerable.Range(0, route.Count - 1)
            .OrderByDescending(i => Length(route[i], route[i + 1])).ThenBy(i => i).ToList();
        foreach (var t in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85 })
        {
            foreach (var i in segments)
            {
                var (a, b) = (route[i], route[i + 1]);
                yield return new Point(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
            }
        }
    }

    private static double Length(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Where <paramref name="index"/> of <paramref name="count"/> attachment points falls along a side.</summary>
    internal static double Spread(double from, double width, int index, int count) =>
        from + width * ((1 - CornerSpread) / 2 + CornerSpread * (index + 0.5) / count);
}

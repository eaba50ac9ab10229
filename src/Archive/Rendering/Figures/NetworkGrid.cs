namespace Archive.Rendering.Figures;

/// <summary>
/// The network's grid: which row and column each box takes. Each connected part is layered (a member one layer below
/// the lowest umbrella body it belongs to; a group tied only by other relations one layer above its nearest neighbour),
/// each layer ordered to cross as few lines as possible (barycentre sweeps, then moving one box at a time while that
/// helps), wide layers wrapped into rows, and each box put in the column nearest its neighbours'. Every choice breaks
/// ties by node number, so the grid depends only on the ties.
/// </summary>
internal sealed class NetworkGrid
{
    public sealed record Part(IReadOnlyList<int> Nodes, int Columns, int Rows);

    private const int Sweeps = 6;
    private const int SiftPasses = 4;

    private NetworkGrid(IReadOnlyList<Part> parts, (int Row, int Col)[] cells, int[] partOf)
    {
        Parts = parts;
        Cells = cells;
        PartOf = partOf;
    }

    /// <summary>The connected parts, largest first.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Each node's row and column within its part.</summary>
    public IReadOnlyList<(int Row, int Col)> Cells { get; }

    /// <summary>Each node's part, as an index into <see cref="Parts"/>.</summary>
    public IReadOnlyList<int> PartOf { get; }

    public static NetworkGrid Place(int nodeCount, IReadOnlyList<NetworkLayout.Edge> edges, int maxColumns)
    {
        var neighbours = Enumerable.Range(0, nodeCount).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var e in edges.Where(e => e.From != e.To))
        {
            neighbours[e.From].Add(e.To);
            neighbours[e.To].Add(e.From);
        }
        var parts = Components(nodeCount, neighbours).OrderByDescending(c => c.Count).ThenBy(c => c[0]).ToList();
        var cells = new (int Row, int Col)[nodeCount];
        var partOf = new int[nodeCount];
        var placed = new List<Part>();
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var n in parts[p]) partOf[n] = p;
            var layers = Order(Layers(parts[p], edges, neighbours), neighbours);
            placed.Add(Columns(parts[p], layers, neighbours, maxColumns, cells));
        }
        return new NetworkGrid(placed, cells, partOf);
    }

    private static List<List<int>> Components(int nodeCount, SortedSet<int>[] neighbours)
    {
        var seen = new bool[nodeCount];
        var parts = new List<List<int>>();
        for (var start = 0; start < nodeCount; start++)
        {
            if (seen[start]) continue;
            var part = new List<int>();
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                part.Add(n);
                foreach (var m in neighbours[n].Where(m => !seen[m]))
                {
                    seen[m] = true;
                    stack.Push(m);
                }
            }
            part.Sort();
            parts.Add(part);
        }
        return parts;
    }

    /// <summary>Layer 0 at the top; a cycle of memberships (which the content should not have) is cut where it closes.</summary>
    private static List<List<int>> Layers(List<int> part, IReadOnlyList<NetworkLayout.Edge> edges, SortedSet<int>[] neighbours)
    {
        var inPart = part.ToHashSet();
        var above = edges.Where(e => e.Rank && e.From != e.To && inPart.Contains(e.From)).ToLookup(e => e.From, e => e.To);
        var ranked = edges.Where(e => e.Rank && inPart.Contains(e.From)).SelectMany(e => new[] { e.From, e.To }).ToHashSet();
        var layer = new Dictionary<int, int>();
        var onPath = new HashSet<int>();
        int Visit(int n)
        {
            if (layer.TryGetValue(n, out var known)) return known;
            if (!onPath.Add(n)) return -1;
            var l = above[n].OrderBy(p => p).Select(Visit).Where(x => x >= 0).Select(x => x + 1).DefaultIfEmpty(0).Max();
            onPath.Remove(n);
            layer[n] = l;
            return l;
        }
        foreach (var n in part) Visit(n);
        // A group tied only by other relations sits just above its nearest neighbour, so its lines stay short.
        foreach (var n in part.Where(n => !ranked.Contains(n)))
        {
            if (neighbours[n].Count > 0) layer[n] = Math.Max(0, neighbours[n].Min(m => layer[m]) - 1);
        }
        // A part of equals only (allies, rivals) is drawn around its best connected group, on top, with the rest below:
        // a single row would leave every line to dip under it.
        if (part.Count > 1 && layer.Values.Distinct().Count() == 1)
        {
            var hub = part.OrderByDescending(n => neighbours[n].Count).ThenBy(n => n).First();
            foreach (var n in part) layer[n] = n == hub ? 0 : 1;
        }
        var top = layer.Values.Min();
        return part.GroupBy(n => layer[n] - top).OrderBy(g => g.Key).Select(g => g.OrderBy(n => n).ToList()).ToList();
    }

    private static List<List<int>> Order(List<List<int>> layers, SortedSet<int>[] neighbours)
    {
        var best = layers.Select(l => l.ToList()).ToList();
        var bestCost = Cost(best, neighbours);
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            for (var l = 1; l < layers.Count; l++) layers[l] = ByBarycentre(layers[l], layers[l - 1], neighbours);
            for (var l = layers.Count - 2; l >= 0; l--) layers[l] = ByBarycentre(layers[l], layers[l + 1], neighbours);
            var cost = Cost(layers, neighbours);
            if (cost < bestCost) (best, bestCost) = (layers.Select(x => x.ToList()).ToList(), cost);
        }
        // Then move one box at a time to where it crosses least, while that helps.
        for (var pass = 0; pass < SiftPasses; pass++)
        {
            var moved = false;
            for (var l = 0; l < best.Count; l++)
            {
                foreach (var n in best[l].OrderBy(n => n).ToList())
                {
                    var row = best[l];
                    var from = row.IndexOf(n);
                    var current = LocalCost(best, l, neighbours);
                    var (bestAt, bestLocal) = (from, current);
                    for (var at = 0; at < row.Count; at++)
                    {
                        if (at == from) continue;
                        row.RemoveAt(row.IndexOf(n));
                        row.Insert(at, n);
                        var c = LocalCost(best, l, neighbours);
                        if (c < bestLocal) (bestAt, bestLocal) = (at, c);
                    }
                    row.Remove(n);
                    row.Insert(bestAt, n);
                    moved |= bestAt != from;
                }
            }
            if (!moved) break;
        }
        return best;
    }

    private static List<int> ByBarycentre(List<int> layer, List<int> fixedLayer, SortedSet<int>[] neighbours)
    {
        var at = fixedLayer.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => (double)x.i);
        var here = layer.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        double Key(int n)
        {
            var across = neighbours[n].Where(at.ContainsKey).Select(m => at[m] / Math.Max(1, fixedLayer.Count - 1) * Math.Max(1, layer.Count - 1)).ToList();
            if (across.Count > 0) return across.Average();
            var beside = neighbours[n].Where(here.ContainsKey).Select(m => (double)here[m]).ToList();
            return beside.Count > 0 ? beside.Average() : here[n];
        }
        return layer.OrderBy(Key).ThenBy(n => here[n]).ToList();
    }

    private static int Cost(List<List<int>> layers, SortedSet<int>[] neighbours)
    {
        var cost = 0;
        for (var l = 0; l < layers.Count; l++) cost += SameLayer(layers[l], neighbours) + (l + 1 < layers.Count ? Crossings(layers[l], layers[l + 1], neighbours) : 0);
        return cost;
    }

    /// <summary>What moving a box within layer <paramref name="l"/> changes: its crossings with both neighbouring layers, and its own ties.</summary>
    private static int LocalCost(List<List<int>> layers, int l, SortedSet<int>[] neighbours) =>
        SameLayer(layers[l], neighbours)
        + (l > 0 ? Crossings(layers[l - 1], layers[l], neighbours) : 0)
        + (l + 1 < layers.Count ? Crossings(layers[l], layers[l + 1], neighbours) : 0);

    /// <summary>Ties within a layer should join neighbours: each box between the two ends counts.</summary>
    private static int SameLayer(List<int> layer, SortedSet<int>[] neighbours)
    {
        var at = layer.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        return layer.Sum(n => neighbours[n].Where(m => m > n && at.ContainsKey(m)).Sum(m => Math.Abs(at[m] - at[n]) - 1)) * 2;
    }

    private static int Crossings(List<int> upper, List<int> lower, SortedSet<int>[] neighbours)
    {
        var up = upper.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var lines = lower.SelectMany((n, i) => neighbours[n].Where(up.ContainsKey).Select(m => (Up: up[m], Low: i))).ToList();
        var crossings = 0;
        for (var a = 0; a < lines.Count; a++)
        {
            for (var b = a + 1; b < lines.Count; b++)
            {
                if ((lines[a].Up - lines[b].Up) * (lines[a].Low - lines[b].Low) < 0) crossings++;
            }
        }
        return crossings;
    }

    /// <summary>Wraps layers wider than <paramref name="maxColumns"/> into rows and gives each box its column.</summary>
    private static Part Columns(List<int> part, List<List<int>> layers, SortedSet<int>[] neighbours, int maxColumns, (int Row, int Col)[] cells)
    {
        var rows = layers.SelectMany(l => l.Chunk(maxColumns).Select(c => c.ToList())).ToList();
        var width = Math.Min(maxColumns, rows.Max(r => r.Count));
        var rowOf = new Dictionary<int, int>();
        var col = new Dictionary<int, double>();
        for (var r = 0; r < rows.Count; r++) foreach (var n in rows[r]) rowOf[n] = r;

        // Top down from the rows above, then bottom up (an umbrella body over its members), then top down again.
        void Place(int r, Func<int, bool> counts, bool centreWhenAlone)
        {
            var row = rows[r];
            var desired = row.Select((n, i) =>
            {
                var near = neighbours[n].Where(m => rowOf[m] != r && col.ContainsKey(m) && counts(m)).Select(m => col[m]).ToList();
                if (near.Count > 0) return near.Average();
                return centreWhenAlone || !col.ContainsKey(n) ? (width - row.Count) / 2.0 + i : col[n];
            }).ToList();
            var chosen = Assign(desired, width);
            for (var i = 0; i < row.Count; i++) col[row[i]] = chosen[i];
        }
        for (var r = 0; r < rows.Count; r++) Place(r, m => rowOf[m] < r, centreWhenAlone: true);
        for (var r = rows.Count - 1; r >= 0; r--) Place(r, _ => true, centreWhenAlone: false);
        for (var r = 0; r < rows.Count; r++) Place(r, _ => true, centreWhenAlone: false);

        foreach (var n in part) cells[n] = (rowOf[n], (int)col[n]);
        return new Part(part, width, rows.Count);
    }

    /// <summary>Strictly increasing columns in [0, width) nearest the desired ones (the least total distance).</summary>
    private static int[] Assign(IReadOnlyList<double> desired, int width)
    {
        var k = desired.Count;
        var cost = new double[k, width];
        var from = new int[k, width];
        for (var i = 0; i < k; i++)
        {
            for (var c = 0; c < width; c++)
            {
                cost[i, c] = double.MaxValue;
                if (c < i || c > width - (k - i)) continue;
                var here = Math.Abs(c - desired[i]);
                if (i == 0)
                {
                    cost[i, c] = here;
                    continue;
                }
                for (var p = i - 1; p < c; p++)
                {
                    if (cost[i - 1, p] == double.MaxValue || cost[i - 1, p] + here >= cost[i, c]) continue;
                    (cost[i, c], from[i, c]) = (cost[i - 1, p] + here, p);
                }
            }
        }
        var result = new int[k];
        var last = Enumerable.Range(0, width).Where(c => cost[k - 1, c] < double.MaxValue).MinBy(c => cost[k - 1, c]);
        for (var i = k - 1; i >= 0; i--)
        {
            result[i] = last;
            if (i > 0) last = from[i, last];
        }
        return result;
    }
}

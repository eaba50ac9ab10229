using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Tests.Rendering.Figures;

/// <summary>
/// A published network drawing read back as geometry, independently of the layout code: the boxes (each node's
/// <c>rect.mark</c>), the label boxes and each tie's line sampled from its path. <see cref="Problems"/> lists, in words,
/// every label over a box or another label and every line through a box it does not join.
/// </summary>
internal sealed partial class NetworkGeometry
{
    public sealed record Rect(string Name, double X, double Y, double W, double H)
    {
        public bool Contains(double x, double y, double inset) => x > X + inset && x < X + W - inset && y > Y + inset && y < Y + H - inset;

        public double Overlap(Rect o) => Math.Max(0, Math.Min(X + W, o.X + o.W) - Math.Max(X, o.X)) * Math.Max(0, Math.Min(Y + H, o.Y + o.H) - Math.Max(Y, o.Y));

        public double Distance(double x, double y) => Math.Sqrt(Math.Pow(Math.Max(0, Math.Max(X - x, x - X - W)), 2) + Math.Pow(Math.Max(0, Math.Max(Y - y, y - Y - H)), 2));
    }

    public sealed record Line(string Title, IReadOnlyList<(double X, double Y)> Points);

    private NetworkGeometry(IReadOnlyList<Rect> nodes, IReadOnlyList<Rect> labels, IReadOnlyList<Line> lines, double width)
    {
        Nodes = nodes;
        Labels = labels;
        Lines = lines;
        Width = width;
    }

    public IReadOnlyList<Rect> Nodes { get; }

    public IReadOnlyList<Rect> Labels { get; }

    public IReadOnlyList<Line> Lines { get; }

    public double Width { get; }

    private static double N(IElement e, string attribute) => double.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static Rect RectOf(IElement rect, string name) => new(name, N(rect, "x"), N(rect, "y"), N(rect, "width"), N(rect, "height"));

    public static NetworkGeometry Read(IElement svg)
    {
        var nodes = svg.QuerySelectorAll("a").Where(a => a.QuerySelector("rect.mark") is not null)
            .Select(a => RectOf(a.QuerySelector("rect.mark")!, a.QuerySelector("title")!.TextContent)).ToList();
        var labels = svg.QuerySelectorAll("g.tie-label").Select(g => RectOf(g.QuerySelector("rect")!, g.TextContent)).ToList();
        var lines = svg.QuerySelectorAll("g.tie").Select(g => new Line(g.QuerySelector("title")!.TextContent, Sample(g.QuerySelector("path")!.GetAttribute("d")!))).ToList();
        return new NetworkGeometry(nodes, labels, lines, N(svg, "width"));
    }

    /// <summary>Points along an SVG path of M, L and Q commands, about every two units.</summary>
    private static List<(double X, double Y)> Sample(string d)
    {
        var points = new List<(double X, double Y)>();
        var tokens = Tokens().Matches(d).Select(m => m.Value).ToList();
        (double X, double Y) at = (0, 0);
        for (var i = 0; i < tokens.Count;)
        {
            var command = tokens[i++];
            double Next() => double.Parse(tokens[i++], CultureInfo.InvariantCulture);
            switch (command)
            {
                case "M":
                    at = (Next(), Next());
                    points.Add(at);
                    break;
                case "L":
                {
                    var to = (X: Next(), Y: Next());
                    var steps = Math.Max(1, (int)(Math.Sqrt(Math.Pow(to.X - at.X, 2) + Math.Pow(to.Y - at.Y, 2)) / 2));
                    for (var s = 1; s <= steps; s++) points.Add((at.X + (to.X - at.X) * s / steps, at.Y + (to.Y - at.Y) * s / steps));
                    at = to;
                    break;
                }
                case "Q":
                {
                    var c = (X: Next(), Y: Next());
                    var to = (X: Next(), Y: Next());
                    for (var s = 1; s <= 8; s++)
                    {
                        var t = s / 8.0;
                        points.Add(((1 - t) * (1 - t) * at.X + 2 * (1 - t) * t * c.X + t * t * to.X, (1 - t) * (1 - t) * at.Y + 2 * (1 - t) * t * c.Y + t * t * to.Y));
                    }
                    at = to;
                    break;
                }
                default:
                    throw new FormatException($"unexpected path command `{command}` in {d}");
            }
        }
        return points;
    }

    [GeneratedRegex(@"[MLQ]|-?\d+(\.\d+)?")]
    private static partial Regex Tokens();

    /// <summary>Every label over a box or another label, and every line through a box other than the two it joins.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        foreach (var label in Labels)
        {
            foreach (var node in Nodes.Where(n => n.Overlap(label) > 0.5)) problems.Add($"the label `{label.Name}` covers the box of {node.Name}");
        }
        for (var a = 0; a < Labels.Count; a++)
        {
            for (var b = a + 1; b < Labels.Count; b++)
            {
                if (Labels[a].Overlap(Labels[b]) > 0.5) problems.Add($"the labels `{Labels[a].Name}` and `{Labels[b].Name}` overlap");
            }
        }
        foreach (var line in Lines)
        {
            // The boxes a line joins are those its two ends touch.
            var ends = Nodes.Where(n => n.Distance(line.Points[0].X, line.Points[0].Y) < 1.5 || n.Distance(line.Points[^1].X, line.Points[^1].Y) < 1.5).ToList();
            if (ends.Count < 2) problems.Add($"the line `{line.Title}` does not run from box to box");
            foreach (var node in Nodes.Except(ends))
            {
                if (line.Points.Any(p => node.Contains(p.X, p.Y, 1))) problems.Add($"the line `{line.Title}` crosses the box of {node.Name}");
            }
        }
        for (var a = 0; a < Nodes.Count; a++)
        {
            for (var b = a + 1; b < Nodes.Count; b++)
            {
                if (Nodes[a].Overlap(Nodes[b]) > 0) problems.Add($"the boxes of {Nodes[a].Name} and {Nodes[b].Name} overlap");
            }
        }
        return problems;
    }
}

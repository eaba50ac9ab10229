using Archive.Content;

namespace Archive.Rendering;

/// <summary>Notes the records one page reads while its model is built; one per page, never shared between threads.</summary>
public sealed class DependencyRecorder
{
    private readonly List<string> _files = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public DependencyRecorder() => Read(SiteConfigReader.RelativePath);

    public IReadOnlyList<string> Files => _files;

    /// <summary>An input file (<c>input/…</c>) whose content the page shows.</summary>
    public void Read(string file)
    {
        if (_seen.Add(file)) _files.Add(file);
    }

    public void Read(Article a) => Read(a.File);

    public void Read(Group g) => Read(g.File);

    public void Read(Offer o) => Read(o.File);

    public void Read(Page p) => Read(p.File);
}

namespace Archive.Content;

/// <summary>Reads a free page's front matter into a <see cref="Page"/>.</summary>
internal static class PageReader
{
    public static Page Read(string id, FieldReader f, MarkdownBody body)
    {
        var title = f.String("title", required: true, example: "About this archive");
        var summary = f.String("summary");
        var draft = f.Bool("draft");
        f.ReportUnknownFields();
        return new Page(id, f.File, title ?? id, summary, draft, body);
    }
}

namespace Archive.Content;

/// <summary>Reads an article's front matter (see the content model) into an <see cref="Article"/>.</summary>
internal static class ArticleReader
{
    public static Article Read(string id, FieldReader f, MarkdownBody body)
    {
        var title = f.String("title", required: true, example: "\"Headline as published\"");
        var kind = f.Enum<ArticleKind>("kind", required: true);
        var source = f.String("source", required: true, example: "Associated Press");
        var authors = f.StringList("authors");
        var published = f.Date("published", required: true);
        var updated = f.Date("updated");
        var url = f.Url("url");
        var archived = f.Url("archived_url");
        var retrieved = f.Date("retrieved");
        var rights = f.Enum<ArticleRights>("rights");
        var language = f.Language("language", "en");
        var draft = f.Bool("draft");
        var groups = f.Refs("groups");
        var offers = f.Refs("offers");
        var summary = f.String("summary", required: true, example: "\"One paragraph in the editor's words.\"");
        var notes = new List<ArticleNote>();
        foreach (var n in f.Mappings("notes", example: "quote: …, note: …"))
        {
            var quote = n.String("quote", required: true);
            var note = n.String("note", required: true);
            n.ReportUnknownFields();
            if (quote is not null && note is not null) notes.Add(new ArticleNote(quote, note, n.KeyAt("quote")));
        }
        f.ReportUnknownFields();

        return new Article
        {
            Id = id,
            File = f.File,
            Title = title ?? id,
            Kind = kind ?? ArticleKind.News,
            Source = source ?? "",
            Authors = authors,
            Published = published ?? Dates.EdtfDate.Parse("0001"),
            Updated = updated,
            Url = url,
            ArchivedUrl = archived,
            Retrieved = retrieved,
            Rights = rights ?? ArticleRights.FullText,
            Language = language ?? "en",
            Draft = draft,
            Groups = groups,
            Offers = offers,
            Summary = summary ?? "",
            Notes = notes,
            Body = body,
        };
    }
}

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
        var terms = f.Refs("terms", example: "[withdrawal-timetable]");
        var summary = f.String("summary", required: true, example: "\"One paragraph in the editor's words.\"");
        var notes = new List<ArticleNote>();
        foreach (var n in f.Mappings("notes", example: "quote: …, note: …"))
        {
            var quote = n.String("quote", required: true);
            var note = n.String("note", required: true);
            n.ReportUnknownFields();
            if (quote is not null && note is not null) notes.Add(new ArticleNote(quote, note, n.KeyAt("quote")));
        }
        var textSha256 = f.String("text_sha256");
        f.ReportUnknownFields();
        TextFixity.Check(f, textSha256, body);
        if (archived is null && retrieved is null && !f.Has("archived_url") && !f.Has("retrieved"))
        {
            f.Warn(Diagnostics.DiagnosticCodes.ProvenanceMissing, f.Start,
                "the article records neither `retrieved` nor `archived_url`, so readers cannot tell which copy of the source the text is",
                "add `retrieved:` with the day the text was taken (e.g. `retrieved: \"2024-05-06\"`) and, where there is one, `archived_url:` with a web-archive copy");
        }

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
            Terms = terms,
            Summary = summary ?? "",
            Notes = notes,
            Body = body,
            TextSha256 = textSha256,
        };
    }
}

namespace Archive.Content;

/// <summary>Reads an offer's front matter into an <see cref="Offer"/>.</summary>
internal static class OfferReader
{
    public static Offer Read(string id, FieldReader f, MarkdownBody body)
    {
        var title = f.String("title", required: true, example: "\"Short description\"");
        var date = f.Date("date", required: true);
        var reported = f.Date("reported");
        var form = f.Enum<OfferForm>("form", required: true);
        var by = ClaimReader.Read(f, "by", required: true);
        var to = ClaimReader.Read(f, "to");
        var via = ClaimReader.Read(f, "via");
        var terms = f.Refs("terms", example: "[withdrawal-timetable]");
        var offered = f.StringList("offered", required: true, example: "[halt attacks]");
        var conditions = f.StringList("conditions");
        var timeframe = f.String("timeframe");
        var duration = f.String("duration");
        var status = f.Enum<OfferStatus>("status", required: true);
        var outcome = f.String("outcome");

        var events = new List<OfferEvent>();
        foreach (var e in f.Mappings("events", example: "date: 2006-04-29, what: …, source: article-id"))
        {
            var when = e.Date("date", required: true);
            var what = e.String("what", required: true);
            var source = e.Ref("source");
            e.ReportUnknownFields();
            if (when is not null && what is not null) events.Add(new OfferEvent(when, what, source));
        }

        var responses = new List<OfferResponse>();
        foreach (var r in f.Mappings("responses", example: "by: group-id, stance: rejected"))
        {
            var who = r.Ref("by", required: true);
            var when = r.Date("date");
            var stance = r.Enum<ResponseStance>("stance", required: true);
            var source = r.Ref("source");
            r.ReportUnknownFields();
            if (who is not null && stance is not null) responses.Add(new OfferResponse(who, when, stance.Value, source));
        }

        var disputes = DisputeReader.Read(f);

        var sources = new List<OfferSource>();
        foreach (var s in f.Mappings("sources", required: true, example: "article: article-id, quote: \"exact words\""))
        {
            var article = s.Ref("article", required: true);
            var quote = s.String("quote", required: true);
            s.ReportUnknownFields();
            if (article is not null && quote is not null) sources.Add(new OfferSource(article, quote, s.KeyAt("quote")));
        }
        var draft = f.Bool("draft");
        var identifiers = IdentifierReader.Read(f, group: false);
        f.ReportUnknownFields();

        return new Offer
        {
            Id = id,
            File = f.File,
            Title = title ?? id,
            Date = date ?? Dates.EdtfDate.Parse("0001"),
            Reported = reported,
            Form = form ?? OfferForm.ReportedOffer,
            By = by,
            To = to,
            Via = via,
            Terms = terms,
            Offered = offered,
            Conditions = conditions,
            Timeframe = timeframe,
            Duration = duration,
            Status = status ?? OfferStatus.Reported,
            Outcome = outcome,
            Events = events,
            Responses = responses,
            Disputes = disputes,
            Sources = sources,
            Draft = draft,
            Body = body,
            Identifiers = identifiers,
        };
    }
}

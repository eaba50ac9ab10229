using Archive.Linking;
using Archive.Rendering.Feeds;
using Archive.Rendering.Citations;
using Archive.Rendering.Data;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// <c>/data/</c>: the downloads (tables, documents, annotations, feeds), every field explained from the same lists the
/// files are written from, the licence as the editors state it, and how to cite the version this build shows.
/// </summary>
public static class DataPage
{
    public const string Title = "Data";

    public static PageModel Build(PageContext c)
    {
        var site = c.Site;
        var data = new DataContext(site);
        var version = site.Version;
        var config = site.Config;
        var view = new DataPageView
        {
            Title = Title,
            Intro = $"Everything in the {config.Title} can be downloaded: the records as tables (CSV) and documents (JSON), every quote as a web annotation, and what is new as a feed. "
                + "Every file below is rebuilt with the archive, so it always matches the pages.",
            Version = version.Name,
            Commit = version.Commit,
            Date = c.Views.Date(new Content.Dates.EdtfPoint(version.Date.Year, version.Date.Month, version.Date.Day)) with { Url = null },
            License = config.License,
            LicenseUrl = config.LicenseUrl,
            LicenseText = config.License is { } license
                ? $"The editors publish the records and these downloads under {license}. The reproduced articles remain their publishers' work; the archive quotes them to document the offers."
                : "The editors have not stated a licence for the records or these downloads (input/site.yml names none), so no licence is granted here: ask the editors before re-using the data beyond quotation and citation. The reproduced articles remain their publishers' work.",
            PackageUrl = Urls.DataFile("datapackage.json"),
            Tables = CsvTables.All.Select(t => new DownloadView
            {
                Title = t.Title,
                File = t.File,
                Url = Urls.DataFile(t.File),
                Format = "CSV",
                Description = t.Description,
                Count = Labels.Plural(t.Count(data), "row"),
                Fields = Fields(t.Fields),
                PrimaryKey = string.Join(" + ", t.PrimaryKey),
                ForeignKeys = t.ForeignKeys.Select(k => $"{k.Field} → {k.Resource}.{k.ReferencedField}").ToList(),
            }).ToList(),
            Documents =
            [
                Document("offers.json", Labels.Plural(site.Offers.Count, "offer"), JsonRecords.OfferFields.Select(f => f.Doc)),
                Document("articles.json", Labels.Plural(site.Articles.Count, "article"), JsonRecords.ArticleFields.Select(f => f.Doc)),
                Document("groups.json", Labels.Plural(site.Groups.Count, "group"), JsonRecords.GroupFields.Select(f => f.Doc)),
                Document("terms.json", Labels.Plural(site.Vocabulary.All.Count, "term"), JsonRecords.TermFields.Select(f => f.Doc)),
                new DownloadView
                {
                    Title = "Web annotations (JSON-LD)",
                    File = "annotations.jsonld",
                    Url = Urls.Annotations,
                    Format = "JSON-LD",
                    Description = "Every quote of the archive (offer sources, editors' notes, inline notes, the evidence of claims, the sides of disputes) as a W3C Web Annotation. "
                        + "Each targets the archive's page with a TextQuoteSelector (the exact words and 32 characters either side) and a TextPositionSelector (Unicode code points of the page body's text content, as a browser's document.body.textContent gives it), "
                        + "and, where the article's URL is known, the original with a TextQuoteSelector of the source's own words, so an annotation client can anchor them there. "
                        + "Each article's annotations are also beside its page, at /articles/<id>/annotations.jsonld.",
                    Fields = [],
                    ForeignKeys = [],
                },
                new DownloadView
                {
                    Title = "Atom feed",
                    File = "feed.xml",
                    Url = Urls.Feed,
                    Format = "Atom",
                    Description = $"The newest {FeedEntries.Limit} articles and offers, by when they entered the archive. Every group has its own feed of the offers it made, received or carried and the articles about it, at /groups/<id>/feed.xml.",
                    Fields = [],
                    ForeignKeys = [],
                },
            ],
            Shapes =
            [
                Shape("Reference", "reference", JsonParts.ReferenceFields),
                Shape("Claim", "claim", JsonParts.ClaimFields),
                Shape("Quote", "quote", JsonParts.QuoteFields),
                Shape("Identifier", "identifier", JsonParts.IdentifierFields),
                Shape("Passage (in articles.json)", "passage", JsonRecords.PassageFields),
                Shape("Note (in articles.json)", "note", JsonRecords.NoteFields),
                Shape("Relation (in groups.json)", "relation", JsonRecords.RelationFields),
                Shape("Event (in offers.json)", "event", JsonRecords.EventFields),
                Shape("Response (in offers.json)", "response", JsonRecords.ResponseFields),
                Shape("Dispute (in offers.json)", "dispute", JsonRecords.DisputeFields),
                Shape("Every JSON document", "envelope", JsonDownloads.EnvelopeFields),
            ],
        };
        var model = c.Model(Title, $"Download the {config.Title} as CSV tables, JSON documents, web annotations and feeds, with every field explained.", Urls.Data, "data", view);
        var cite = Citation(c);
        return model with
        {
            Page = model.Page with
            {
                Citation = new CitationView
                {
                    PageText = CitationText.Chicago(cite),
                    BibUrl = Urls.CitationBibTex(Urls.Data),
                    RisUrl = Urls.CitationRis(Urls.Data),
                    CslUrl = Urls.CitationCslJson(Urls.Data),
                    DownloadsLabel = "Download the data’s citation",
                },
            },
        };
    }

    /// <summary>The data as a dataset, cited by the version this build shows.</summary>
    public static CitationRecord Citation(PageContext c)
    {
        var config = c.Site.Config;
        var version = c.Site.Version;
        return new CitationRecord
        {
            Id = DataPackageWriter.PackageName(config.Title) + "-data",
            Kind = CitationKind.Dataset,
            Title = $"{config.Title}: data, version {version.Name}",
            Authors = config.Editors.Select(CitationName.AsLiteral).ToList(),
            ContainerTitle = config.Title,
            Issued = new CitationDate(version.Date.Year, version.Date.Month, version.Date.Day),
            Url = c.Absolute(Urls.Data).ToString(),
            Language = config.Language,
        };
    }

    public static IEnumerable<RenderedPage> CitationDownloads(PageContext c) => CitationFactory.Downloads(Urls.Data, Citation(c));

    private static DownloadView Document(string file, string count, IEnumerable<FieldDoc> fields)
    {
        var (_, title, description) = DataPackageWriter.JsonFiles.Single(f => f.File == file);
        return new DownloadView
        {
            Title = title,
            File = file,
            Url = Urls.DataFile(file),
            Format = "JSON",
            Description = description,
            Count = count,
            Fields = Fields(fields),
            ForeignKeys = [],
        };
    }

    private static DownloadView Shape(string title, string anchor, IEnumerable<FieldDoc> fields) => new()
    {
        Title = title,
        File = anchor,
        Url = Urls.Data + "#" + anchor,
        Format = "JSON",
        Description = "",
        Fields = Fields(fields),
        ForeignKeys = [],
    };

    private static IReadOnlyList<FieldView> Fields(IEnumerable<FieldDoc> fields) => fields.Select(f => new FieldView(f.Name, f.Type, f.Description)).ToList();
}

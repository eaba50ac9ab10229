using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Diagnostics;

/// <summary>
/// One broken archive per diagnostic: the valid fixture with one file changed (or added), and where the
/// diagnostic must point. <paramref name="LineText"/> is text on the offending line (null: the whole file, line 0).
/// </summary>
internal sealed record InvalidSite(
    string Name,
    string Code,
    Severity Severity,
    string File,
    string? LineText,
    Action<Dictionary<string, string>> Change,
    Action<TestSite>? Raw = null)
{
    private const string BrokenHomeTemplate = "<h1>{{ content.title }}</h1>\n{{ for offer in content.latest_offers }}\n<p>{{ offer.text }}</p>\n";

    public static readonly IReadOnlyList<InvalidSite> All =
    [
        new("front matter missing", DiagnosticCodes.FrontMatterMissing, Severity.Error, ValidSite.About, "About this archive",
            f => f[ValidSite.About] = "About this archive\n\nNo front matter here.\n"),
        new("front matter never closed", DiagnosticCodes.FrontMatterMissing, Severity.Error, ValidSite.About, "---",
            f => f[ValidSite.About] = "---\ntitle: \"About\"\n\nThe closing line is missing.\n"),
        new("yaml syntax", DiagnosticCodes.YamlSyntax, Severity.Error, ValidSite.Report, "title:",
            f => f.Replace(ValidSite.Report, "title: \"Brigade offers truce\"", "title: \"Brigade offers truce")),
        new("unknown field", DiagnosticCodes.UnknownField, Severity.Error, ValidSite.Analysis, "grops:",
            f => f.Replace(ValidSite.Analysis, "groups:", "grops:")),
        new("required field missing", DiagnosticCodes.RequiredFieldMissing, Severity.Error, ValidSite.Government, "name:",
            f => f.Replace(ValidSite.Government, "summary: \"The national government.\"\n", "")),
        new("wrong type", DiagnosticCodes.WrongType, Severity.Error, ValidSite.Talks, "draft:",
            f => f.AddFields(ValidSite.Talks, "draft: perhaps")),
        new("invalid enum value", DiagnosticCodes.InvalidEnumValue, Severity.Error, ValidSite.Member, "kind:",
            f => f.Replace(ValidSite.Member, "kind: armed-group", "kind: armed_group")),
        new("invalid file name", DiagnosticCodes.InvalidId, Severity.Error, "input/groups/Elders_Council.md", null,
            f => f["input/groups/Elders_Council.md"] = "---\nname: \"Elders\"\nkind: mediator\nsummary: \"Elders.\"\n---\n"),
        new("invalid id in a reference", DiagnosticCodes.InvalidId, Severity.Error, ValidSite.Truce, "- \"State Government\"",
            f => f.Replace(ValidSite.Truce, "  - state-government", "  - \"State Government\"")),
        new("invalid date", DiagnosticCodes.InvalidDate, Severity.Error, ValidSite.Talks, "date: \"2006-02-30\"",
            f => f.Replace(ValidSite.Talks, "date: \"2006-05-02\"\nform", "date: \"2006-02-30\"\nform")),
        new("invalid url", DiagnosticCodes.InvalidUrl, Severity.Error, ValidSite.Report, "url:",
            f => f.Replace(ValidSite.Report, "https://news.example.com/truce", "news.example.com/truce")),
        new("unknown reference", DiagnosticCodes.UnknownReference, Severity.Error, ValidSite.Truce, "northern-brigad\n",
            f => f.Replace(ValidSite.Truce, "  - northern-brigade", "  - northern-brigad")),
        new("quote not found", DiagnosticCodes.QuoteNotFound, Severity.Error, ValidSite.Talks, "met envoys on May 3",
            f => f.Replace(ValidSite.Talks, "met envoys on May 2", "met envoys on May 3")),
        new("quote ambiguous", DiagnosticCodes.QuoteAmbiguous, Severity.Error, ValidSite.Truce, "quote: \"the truce\"",
            f =>
            {
                f.Replace(ValidSite.Report, "The government did not respond.", "The government did not respond to the truce.");
                f.Replace(ValidSite.Truce, "quote: \"offered a three-month truce to the State Government\"", "quote: \"the truce\"");
            }),
        new("invalid site config", DiagnosticCodes.InvalidSiteConfig, Severity.Error, ValidSite.SiteYml, "theme:",
            f => f[ValidSite.SiteYml] += "theme: \"Fancy Theme\"\n"),
        new("invalid language tag", DiagnosticCodes.InvalidLanguageTag, Severity.Error, ValidSite.Analysis, "language:",
            f => f.AddFields(ValidSite.Analysis, "language: English")),
        new("file not utf-8", DiagnosticCodes.UnreadableFile, Severity.Error, ValidSite.About, "title:",
            _ => { }, s => s.WriteBytes(ValidSite.About, [.. "---\ntitle: \"Caf"u8.ToArray(), 0xE9, .. "\"\n---\n\nText.\n"u8.ToArray()])),
        new("file not markdown", DiagnosticCodes.UnreadableFile, Severity.Warning, "input/pages/draft.txt", null,
            f => f["input/pages/draft.txt"] = "notes\n"),
        new("reference to draft", DiagnosticCodes.ReferenceToDraft, Severity.Warning, ValidSite.Report, "  - march-truce",
            f => f.AddFields(ValidSite.Truce, "draft: true")),
        new("member_of cycle", DiagnosticCodes.MemberOfCycle, Severity.Error, ValidSite.Coalition, "  - northern-brigade",
            f => f.AddFields(ValidSite.Coalition, "member_of:\n  - northern-brigade")),
        new("self reference", DiagnosticCodes.SelfReference, Severity.Error, ValidSite.Member, "  - northern-brigade",
            f => f.Replace(ValidSite.Member, "  - resistance-front", "  - northern-brigade")),
        new("placeholder left", DiagnosticCodes.PlaceholderLeft, Severity.Error, ValidSite.Talks, "<<",
            f => f.Replace(ValidSite.Talks, "title: \"May talks proposal\"", "title: \"<<short description>>\"")),
        new("duplicate key", DiagnosticCodes.DuplicateKey, Severity.Error, ValidSite.Government, "kind: mediator",
            f => f.AddFields(ValidSite.Government, "kind: mediator")),
        new("theme folder missing layouts", DiagnosticCodes.ThemeError, Severity.Error, "themes/default/layouts/article.sbn-html", null,
            f => f["themes/default/layouts/home.sbn-html"] = "<h1>Home</h1>\n"),
        new("template override does not compile", DiagnosticCodes.TemplateSyntax, Severity.Error, "input/theme/home.sbn-html", "<p>{{ offer.text }}</p>",
            f => f["input/theme/home.sbn-html"] = BrokenHomeTemplate),
        new("annotation names unknown group", DiagnosticCodes.UnknownAnnotationTarget, Severity.Error, ValidSite.Analysis, "resistance-frnt",
            f => f[ValidSite.Analysis] += "\nThe [Front]{group=resistance-frnt} did not comment.\n"),
        new("note quote not found", DiagnosticCodes.NoteQuoteNotFound, Severity.Error, ValidSite.Report, "officials said on Monday",
            f => f.Replace(ValidSite.Report, "quote: \"officials said on Tuesday\"", "quote: \"officials said on Monday\"")),
        new("empty value", DiagnosticCodes.EmptyValue, Severity.Error, ValidSite.Analysis, "source:",
            f => f.Replace(ValidSite.Analysis, "source: \"Weekly Analysis\"", "source: \"\"")),
        new("broken internal link", DiagnosticCodes.BrokenLink, Severity.Error, "output/about/index.html", null,
            f => f[ValidSite.About] += "\nSee [the list](/groups/nowhere/).\n"),
        new("missing fragment", DiagnosticCodes.BrokenLink, Severity.Error, "output/about/index.html", null,
            f => f[ValidSite.About] += "\nSee [the truce quote](/articles/daily-report/#q-nothing).\n"),
        new("two h1 on a page", DiagnosticCodes.PageStructure, Severity.Error, "output/about/index.html", null,
            f => f["input/theme/page.sbn-html"] = "<h1>{{ content.title }}</h1><h1>Again</h1>{{ content.body }}\n"),
        new("orphan page", DiagnosticCodes.OrphanPage, Severity.Error, "output/about/index.html", null, f =>
        {
            // A theme whose frame and home page link nowhere leaves every other page unreachable.
            f["input/theme/base.sbn-html"] = "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.document_title }}</title></head><body>{{ main }}</body></html>\n";
            f["input/theme/home.sbn-html"] = "<h1>Home</h1>\n";
        }),
        new("raw script in a body", DiagnosticCodes.UnsafeHtmlRemoved, Severity.Warning, ValidSite.About, "<script>",
            f => f[ValidSite.About] += "\n<script>alert(1)</script>\n"),
        new("url collision", DiagnosticCodes.UrlCollision, Severity.Error, "input/pages/offers.md", null,
            f => f["input/pages/offers.md"] = "---\ntitle: \"Offers explained\"\n---\n\nText.\n"),
        new("template names an unknown field", DiagnosticCodes.TemplateUnknownName, Severity.Error, "input/theme/group.sbn-html", "content.nmae",
            f => f["input/theme/group.sbn-html"] = "<article>\n  <h1>{{ content.nmae }}</h1>\n</article>\n"),
        new("template passes a wrong argument", DiagnosticCodes.TemplateRuntime, Severity.Error, "input/theme/group.sbn-html", "date_link",
            f => f["input/theme/group.sbn-html"] = "<article>\n  <h1>{{ content.name }}</h1>\n  <p>{{ date_link content.summary }}</p>\n</article>\n"),
        new("template loops forever", DiagnosticCodes.TemplateLimit, Severity.Error, "input/theme/group.sbn-html", "while true",
            f => f["input/theme/group.sbn-html"] = "<article>\n  <h1>{{ content.name }}</h1>\n  {{ while true }}{{ end }}\n</article>\n"),
        new("include leaves the theme", DiagnosticCodes.TemplateInclude, Severity.Error, "input/theme/offer.sbn-html", "../",
            f => f["input/theme/offer.sbn-html"] = "<h1>{{ content.title }}</h1>\n{{ include \"../../input/site.yml\" }}\n"),
        new("theme override replaces nothing", DiagnosticCodes.ThemeOverrideUnused, Severity.Warning, "input/theme/home.hbs", null,
            f => f["input/theme/home.hbs"] = "{{#> base}}<h1>Home</h1>{{/base}}\n"),
        new("claim certainty without evidence", DiagnosticCodes.ClaimEvidenceMissing, Severity.Error, ValidSite.Truce, "certainty: believed",
            f => f.Replace(ValidSite.Truce, "  - northern-brigade", "  - {group: northern-brigade, certainty: believed}")),
        new("dispute with one source", DiagnosticCodes.DisputeNeedsTwoSources, Severity.Error, ValidSite.Talks, "about: \"the date of the first meeting\"",
            f => f.Replace(ValidSite.Talks, "{article: daily-report, quote: \"the first meeting was planned for May 3\", note: \"One source gives May 3.\"}",
                "{article: weekly-analysis, quote: \"agreed to meet government envoys in May\"}")),
        new("dispute in the old form", DiagnosticCodes.DisputeOldForm, Severity.Warning, ValidSite.Talks, "note: \"One source gives May 3.\"",
            f => f.Replace(ValidSite.Talks, """
                    positions:
                      - {article: weekly-analysis, quote: "May 2, 2006, but the talks ended without agreement"}
                      - {article: daily-report, quote: "the first meeting was planned for May 3", note: "One source gives May 3."}
                """, """
                    note: "One source gives May 3."
                """)),
        new("article text changed after capture", DiagnosticCodes.TextHashMismatch, Severity.Error, ValidSite.Report, "text_sha256:", f =>
        {
            f.AddFields(ValidSite.Report, "text_sha256: " + BodySha256(f[ValidSite.Report]));
            f.Replace(ValidSite.Report, "The government did not respond.", "The government did not respond at once.");
        }),
        new("malformed text hash", DiagnosticCodes.InvalidTextHash, Severity.Error, ValidSite.Report, "text_sha256:",
            f => f.AddFields(ValidSite.Report, "text_sha256: \"12345\"")),
        new("article without provenance", DiagnosticCodes.ProvenanceMissing, Severity.Warning, ValidSite.Report, "title: \"Brigade offers truce\"",
            f => f.Replace(ValidSite.Report, "retrieved: \"2006-03-16\"\n", "")),
        new("unknown identifier", DiagnosticCodes.UnknownIdentifierScheme, Severity.Error, ValidSite.Member, "wikidta:",
            f => f.AddFields(ValidSite.Member, "identifiers:\n  wikidta: Q42")),
        new("identifier value out of pattern", DiagnosticCodes.InvalidIdentifierValue, Severity.Error, ValidSite.Member, "wikidata: \"42\"",
            f => f.AddFields(ValidSite.Member, "identifiers:\n  wikidata: \"42\"")),
        new("group listed twice in a claim list", DiagnosticCodes.DuplicateClaim, Severity.Warning, ValidSite.Truce, "{group: northern-brigade}",
            f => f.Replace(ValidSite.Truce, "  - northern-brigade", "  - northern-brigade\n  - {group: northern-brigade}")),
        new("link leaving input", DiagnosticCodes.LinkLeavesInput, Severity.Error, "input/pages/secret.md", null,
            _ => { }, s =>
            {
                s.Write("elsewhere/secret.md", "---\ntitle: \"Secret\"\n---\n\nNot for publishing.\n");
                System.IO.File.CreateSymbolicLink(s.PathOf("input/pages/secret.md"), s.PathOf("elsewhere/secret.md"));
            }),
        new("text nested too deeply", DiagnosticCodes.NestedTooDeeply, Severity.Error, ValidSite.About, "> > > >",
            f => f[ValidSite.About] += "\n" + string.Concat(Enumerable.Repeat("> ", 128)) + "deep\n"),
        new("site description too long", DiagnosticCodes.ValueTooLong, Severity.Error, ValidSite.SiteYml, "description:",
            f => f.Replace(ValidSite.SiteYml, "description: \"A small archive for tests.\"", "description: \"" + new string('x', 100_000) + "\"")),
        new("unclosed right-to-left override", DiagnosticCodes.UnbalancedDirection, Severity.Error, ValidSite.Government, "name:",
            f => f.Replace(ValidSite.Government, "name: \"State Government\"", "name: \"State \u202EGovernment\"")),
        new("term broader cycle", DiagnosticCodes.TermCycle, Severity.Error, "input/terms/ceasefire.md", "broader: truce", f =>
        {
            f["input/terms/ceasefire.md"] = "---\nlabel: \"Ceasefire\"\ndefinition: \"A halt to fighting.\"\nbroader: truce\n---\n";
            f["input/terms/truce.md"] = "---\nlabel: \"Truce\"\ndefinition: \"A temporary halt.\"\nbroader: ceasefire\n---\n";
        }),
        new("term listed twice", DiagnosticCodes.TermListedTwice, Severity.Warning, ValidSite.Truce, "  - \"truce\"", f =>
        {
            f["input/terms/truce.md"] = "---\nlabel: \"Truce\"\ndefinition: \"A temporary halt.\"\n---\n";
            f.AddFields(ValidSite.Truce, "terms:\n  - truce\n  - \"truce\"");
        }),
        new("term with its broader term", DiagnosticCodes.TermRedundant, Severity.Warning, ValidSite.Truce, "  - ceasefire", f =>
        {
            f["input/terms/ceasefire.md"] = "---\nlabel: \"Ceasefire\"\ndefinition: \"A halt to fighting.\"\n---\n";
            f["input/terms/truce.md"] = "---\nlabel: \"Truce\"\ndefinition: \"A temporary halt.\"\nbroader: ceasefire\n---\n";
            f.AddFields(ValidSite.Truce, "terms:\n  - ceasefire\n  - truce");
        }),
        new("two terms with one label", DiagnosticCodes.TermLabelTwice, Severity.Warning, "input/terms/truce-2.md", "label:", f =>
        {
            f["input/terms/truce.md"] = "---\nlabel: \"Truce\"\ndefinition: \"A temporary halt.\"\n---\n";
            f["input/terms/truce-2.md"] = "---\nlabel: \"truce\"\ndefinition: \"Another.\"\n---\n";
        }),
        new("licence address without a licence", DiagnosticCodes.LicenseUrlWithoutLicense, Severity.Error, ValidSite.SiteYml, "license_url:",
            f => f[ValidSite.SiteYml] += "license_url: \"https://creativecommons.org/licenses/by/4.0/\"\n"),
        new("page size of nothing", DiagnosticCodes.InvalidPageSize, Severity.Error, ValidSite.SiteYml, "page_size:",
            f => f[ValidSite.SiteYml] += "page_size: 0\n"),
        new("page size in words", DiagnosticCodes.InvalidPageSize, Severity.Error, ValidSite.SiteYml, "page_size:",
            f => f[ValidSite.SiteYml] += "page_size: fifty\n"),
        new("page size too large to keep pages small", DiagnosticCodes.InvalidPageSize, Severity.Error, ValidSite.SiteYml, "page_size:",
            f => f[ValidSite.SiteYml] += "page_size: 5000\n"),
    ];

    /// <summary>The SHA-256 of a file's body (everything after the closing <c>---</c> line), computed here rather than by the code under test.</summary>
    private static string BodySha256(string file)
    {
        var close = file.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var body = file[(close + "\n---\n".Length)..];
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
    }

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static InvalidSite Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The valid fixture's files with this case's change made.</summary>
    public Dictionary<string, string> Files()
    {
        var files = ValidSite.Files();
        Change(files);
        return files;
    }

    /// <summary>The line the diagnostic must name, found in the changed file.</summary>
    public int ExpectedLine(TestSite site) =>
        LineText is null ? 0 : LineOfText(site.Read(File), LineText);

    private static int LineOfText(string content, string text)
    {
        // The text may end with a line break to pin it to a line end.
        if (text.EndsWith('\n'))
        {
            var lines = content.Split('\n');
            var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].EndsWith(text.TrimEnd('\n'), StringComparison.Ordinal)).ToList();
            Assert.True(hits.Count == 1, $"expected one line ending with `{text.TrimEnd('\n')}`");
            return hits[0] + 1;
        }
        return TestSite.LineIn(content, text);
    }

    public override string ToString() => $"{Code} {Name}";
}

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
    private const string BrokenHomeTemplate = "{{#> base}}\n<h1>{{Content.Title}}</h1>\n{{#each Content.LatestOffers}}\n<p>{{Text}}</p>\n{{/base}}\n";

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
        new("quote not found", DiagnosticCodes.QuoteNotFound, Severity.Error, ValidSite.Talks, "quote:",
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
        new("theme folder missing layouts", DiagnosticCodes.ThemeError, Severity.Error, "themes/default/layouts/article.hbs", null,
            f => f["themes/default/layouts/home.hbs"] = "{{#> base}}<h1>Home</h1>{{/base}}\n"),
        new("template override does not compile", DiagnosticCodes.ThemeError, Severity.Error, "input/theme/home.hbs", null,
            f => f["input/theme/home.hbs"] = BrokenHomeTemplate),
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
            f => f["input/theme/page.hbs"] = "{{#> base}}<h1>{{Content.Title}}</h1><h1>Again</h1>{{{Content.BodyHtml}}}{{/base}}\n"),
        new("orphan page", DiagnosticCodes.OrphanPage, Severity.Error, "output/about/index.html", null, f =>
        {
            // A theme whose frame and home page link nowhere leaves every other page unreachable.
            f["input/theme/base.hbs"] = "<!DOCTYPE html><html lang=\"en\"><head><title>{{Page.DocumentTitle}}</title></head><body>{{> @partial-block }}</body></html>\n";
            f["input/theme/home.hbs"] = "{{#> base}}<h1>Home</h1>{{/base}}\n";
        }),
        new("raw script in a body", DiagnosticCodes.UnsafeHtmlRemoved, Severity.Warning, ValidSite.About, "<script>",
            f => f[ValidSite.About] += "\n<script>alert(1)</script>\n"),
        new("url collision", DiagnosticCodes.UrlCollision, Severity.Error, "input/pages/offers.md", null,
            f => f["input/pages/offers.md"] = "---\ntitle: \"Offers explained\"\n---\n\nText.\n"),
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
    ];

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

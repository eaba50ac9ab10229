using System.Security.Cryptography;
using System.Text;
using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary><c>text_sha256</c>: the body as captured cannot change by accident; and the reminder to record provenance.</summary>
public sealed class TextFixityTests
{
    private const string ArticlePath = "input/articles/a.md";
    private const string Body = "\nThe Northern Brigade offered a truce.\n\nA spokesman said it would hold.\n";

    /// <summary>The content model's definition, computed here independently of the code under test.</summary>
    private static string Sha256(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();

    private static string Article(string hash, string body = Body, string provenance = "retrieved: \"2024-01-05\"") =>
        $"---\ntitle: \"A\"\nkind: news\nsource: \"S\"\npublished: \"2006\"\nsummary: \"S.\"\n{provenance}\ntext_sha256: {hash}\n---\n{body}";

    [Fact]
    public void Article_HashOfItsBody_LoadsCleanAndKeepsTheHash()
    {
        var loaded = Loaded.File(ArticlePath, Article(Sha256(Body)));

        loaded.AssertClean();
        Assert.Equal(Sha256(Body), Assert.Single(loaded.Content.Articles).TextSha256);
    }

    [Fact]
    public void Article_BodyChangedAfterCapture_ReportsFileAndHashLineWithTheNewHashToPaste()
    {
        var changed = Body.Replace("would hold", "would hold firm", StringComparison.Ordinal);
        var text = Article(Sha256(Body), changed);

        var d = Loaded.File(ArticlePath, text).Single(DiagnosticCodes.TextHashMismatch);

        Assert.Equal((ArticlePath, TestSite.LineIn(text, "text_sha256:"), 14, Severity.Error), (d.File, d.Line, d.Column, d.Severity));
        Assert.Contains("no longer matches", d.Message, StringComparison.Ordinal);
        Assert.StartsWith($"if the change was intended, replace the line with `text_sha256: {Sha256(changed)}`", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    public void Article_OnlyWhitespaceAdded_StillCountsAsAChange(string added)
    {
        var d = Loaded.File(ArticlePath, Article(Sha256(Body), Body + added)).Single(DiagnosticCodes.TextHashMismatch);

        Assert.Contains(Sha256(Body + added), d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_SavedWithCrlfLineEnds_HashesAsLf()
    {
        var text = Article(Sha256(Body)).Replace("\n", "\r\n", StringComparison.Ordinal);

        Loaded.File(ArticlePath, text).AssertClean();
    }

    [Fact]
    public void Article_ClosedWithDots_HashesWhatFollowsThatLine()
    {
        var text = Article(Sha256(Body)).Replace("\n---\n\nThe", "\n...\n\nThe", StringComparison.Ordinal);

        Loaded.File(ArticlePath, text).AssertClean();
    }

    [Theory]
    [InlineData("\"12345\"")]
    [InlineData("sha256:0f")]
    public void Article_MalformedHash_ReportsInvalidHashWithTheCurrentHash(string value)
    {
        var text = Article(value);

        var d = Loaded.File(ArticlePath, text).Single(DiagnosticCodes.InvalidTextHash);

        Assert.Equal(TestSite.LineIn(text, "text_sha256:"), d.Line);
        Assert.Equal($"if the text below is as captured, write `text_sha256: {Sha256(Body)}`", d.Hint);
    }

    [Fact]
    public void Article_UppercaseHash_AsksForLowercase()
    {
        var d = Loaded.File(ArticlePath, Article(Sha256(Body).ToUpperInvariant())).Single(DiagnosticCodes.InvalidTextHash);

        Assert.Equal($"write it in lowercase: `text_sha256: {Sha256(Body)}`", d.Hint);
    }

    [Fact]
    public void TextFixity_ScaffoldBodyIsTheOneNewArticlesGet()
    {
        Assert.Equal(Sha256(TextFixity.NewArticleBody), TextFixity.Sha256(TextFixity.NewArticleBody));
        Assert.Contains("\ntext_sha256: " + Sha256(TextFixity.NewArticleBody) + " ", Archive.Scaffolding.Scaffolder.Render(Archive.Scaffolding.RecordKind.Article), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retrieved: \"2024-01-05\"")]
    [InlineData("archived_url: \"https://web.archive.org/web/2006/https://example.org/a\"")]
    public void Article_WithRetrievedOrArchivedUrl_HasNoProvenanceWarning(string provenance)
    {
        Loaded.File(ArticlePath, Article(Sha256(Body), provenance: provenance)).AssertClean();
    }

    [Fact]
    public void Build_ArticleWithoutProvenance_WarnsWithFileAndLineAndStillPublishes()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "retrieved: \"2006-03-16\"\n", ""));

        var result = site.Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ProvenanceMissing, Severity.Warning, ValidSite.Report, 2), (d.Code, d.Severity, d.File, d.Line));
        Assert.Contains("`retrieved:`", d.Hint, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.True(result.Published);
    }
}

using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>
/// The mistakes a new editor makes first, and whether the message says what is wrong in their words, on the line
/// to change, with what to write instead.
/// </summary>
public sealed class EditorMessageTests
{
    private static Diagnostic OnlyError(TestSite site) => Assert.Single(site.Check().Diagnostics, d => d.IsError);

    [Fact]
    public void Ids_ListWrittenAsOneQuotedText_SaysItMustBeAListAndShowsTheListForm()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "groups:\n  - northern-brigade\n  - state-government",
            "groups: \"northern-brigade, state-government\""));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.WrongType, site.LineOf(ValidSite.Report, "groups:")), (error.Code, error.Line));
        Assert.Contains("`groups` must be a list", error.Message);
        Assert.Contains("groups:\n  - northern-brigade\n  - state-government", error.Hint);
    }

    [Fact]
    public void Texts_ListWrittenWithCommas_SaysItMustBeAListAndShowsTheListForm()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "authors:\n  - \"A. Writer\"", "authors: Jane Reporter, John Smith"));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.WrongType, site.LineOf(ValidSite.Report, "authors:")), (error.Code, error.Line));
        Assert.Contains("authors:\n  - \"Jane Reporter\"\n  - \"John Smith\"", error.Hint);
    }

    [Fact]
    public void Texts_QuotedTextWithAComma_IsOneItem()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "authors:\n  - \"A. Writer\"", "authors: \"Writer, A.\""));

        Assert.True(site.Check().Succeeded);
    }

    [Fact]
    public void Ids_OfferIdInGroups_SaysTheIdIsAnOffer()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "  - state-government\n", "  - may-talks\n"));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.UnknownReference, site.LineOf(ValidSite.Report, "  - may-talks")), (error.Code, error.Line));
        Assert.Equal("`may-talks` is an offer (input/offers/may-talks.md), not a group", error.Message);
        Assert.Contains("move it to the list of offers", error.Hint);
    }

    [Fact]
    public void Yaml_ListItemWithoutItsSpace_IsReportedOnThatLineInPlainWords()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Analysis, "groups:\n  - resistance-front", "groups:\n  -resistance-front"));

        var error = OnlyError(site);

        Assert.Equal(site.LineOf(ValidSite.Analysis, "-resistance-front"), error.Line);
        Assert.Contains("needs a space after the dash", error.Message);
        Assert.Equal("write `- resistance-front`", error.Hint);
    }

    [Fact]
    public void Yaml_ListItemWithoutItsSpaceBeforeAnotherField_IsReportedOnThatLineNotTheNext()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "authors:\n  - \"A. Writer\"", "authors:\n-\"A. Writer\""));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.YamlSyntax, site.LineOf(ValidSite.Report, "-\"A. Writer\"")), (error.Code, error.Line));
        Assert.Contains("needs a space after the dash", error.Message);
    }

    [Fact]
    public void Texts_ListItemWithoutItsSpaceInsideTheList_IsNotTakenAsText()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "authors:\n  - \"A. Writer\"", "authors:\n  -A. Writer"));

        var error = OnlyError(site);

        Assert.Equal(site.LineOf(ValidSite.Report, "authors:"), error.Line);
        Assert.Contains("needs a space after the dash", error.Message);
    }

    [Fact]
    public void Yaml_ListItemIndentedOneSpaceLess_IsReportedOnThatLineInPlainWords()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Report, "  - state-government\n", " - state-government\n"));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.YamlSyntax, site.LineOf(ValidSite.Report, " - state-government")), (error.Code, error.Line));
        Assert.Equal("this line is not indented like the lines it belongs with", error.Message);
    }

    [Fact]
    public void Quote_OneWordMistyped_ShowsTheDifferingWordMarkedAndItsArticleLine()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Truce, "quote: \"the brigade \\\"would halt all attacks\\\"\"",
            "quote: \"the brigade \\\"will halt all attacks\\\"\""));

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.QuoteNotFound, site.LineOf(ValidSite.Truce, "will halt")), (error.Code, error.Line));
        var line = site.LineOf(ValidSite.Report, "would halt all attacks");
        Assert.Equal($"the quote has \"will\" where the article has \"would\": {ValidSite.Report}:{line} reads " +
                     "\"… spokesman said the brigade »\"would« halt all attacks\" during …\"", error.Hint);
    }
}
